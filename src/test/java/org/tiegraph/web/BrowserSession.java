package org.tiegraph.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The Chromium and the server a browser test class drives, started before its first test and closed after its last.
 * Chromium starts first, so a machine without it skips the class before any server starts. A class registers one as
 * a static field and says only which server it wants:
 * {@code @RegisterExtension static final BrowserSession browser = BrowserSession.over(ExplorerServer::start);}
 */
final class BrowserSession implements BeforeAllCallback, AfterAllCallback {

    private final Callable<ExplorerServer> startServer;
    private HeadlessChromium chromium;
    private ExplorerServer server;

    private BrowserSession(Callable<ExplorerServer> startServer) {
        this.startServer = startServer;
    }

    static BrowserSession over(Callable<ExplorerServer> startServer) {
        return new BrowserSession(startServer);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        chromium = HeadlessChromium.start();
        server = startServer.call();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        try {
            if (chromium != null) {
                chromium.close();
            }
        } finally {
            if (server != null) {
                server.close();
            }
        }
    }

    ChromeDriver driver() {
        return chromium.driver();
    }

    String baseUrl() {
        return server.baseUrl();
    }

    Path downloads() {
        return chromium.downloads();
    }

    /** A wait that looks again when a panel was re-rendered under it (late answers redraw the details panel). */
    WebDriverWait waitUpTo(Duration timeout) {
        WebDriverWait wait = new WebDriverWait(driver(), timeout);
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    /** Loads the explorer page and waits until its status says it is ready (the schema has arrived). */
    void openExplorer(WebDriverWait wait) {
        driver().get(baseUrl());
        awaitReady(wait);
    }

    void awaitReady(WebDriverWait wait) {
        wait.until(d -> d.findElement(By.id("status")).getText().startsWith("Ready"));
    }

    /** Saves what the browser shows to {@code file} (under target/, for a person to look at). */
    void screenshot(String file) {
        try {
            Path target = Path.of(file);
            Files.createDirectories(target.getParent());
            Files.copy(driver().getScreenshotAs(OutputType.FILE).toPath(), target,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
