package org.tiegraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tiegraph.api.ApiDependencies;
import org.tiegraph.api.ApiServer;
import org.tiegraph.graph.LoadProgress;
import org.tiegraph.support.TestGraph;

/**
 * The page while the server loads its documents: "loading 3/56…" in the status bar, searching already works, and when
 * loading is done the indicator goes and the status says so.
 */
class StartProgressBrowserTest {

    private static HeadlessChromium chromium;
    private static Javalin app;
    private static final LoadProgress PROGRESS = new LoadProgress();

    @BeforeAll
    static void start() throws Exception {
        chromium = HeadlessChromium.start();
        TestGraph graph = TestGraph.shared();
        PROGRESS.documents(56);
        for (int i = 0; i < 3; i++) {
            PROGRESS.tried(false);
        }
        PROGRESS.reading("brief-04.txt");
        app = ApiServer.create(new ApiDependencies(graph.driver(), graph.database(), graph.catalogue(),
                        new ApiDependencies.RuntimeInfo("embedded", graph.boltUri(), "test"),
                        new ApiDependencies.ApiSettings(List.of(), Duration.ofSeconds(20), null), null, null, PROGRESS),
                config -> config.staticFiles.add("/public", Location.CLASSPATH)).start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        try {
            if (chromium != null) {
                chromium.close();
            }
        } finally {
            if (app != null) {
                app.stop();
            }
        }
    }

    @Test
    void theStatusBarShowsLoadingProgressUntilEveryDocumentIsIn() {
        WebDriver driver = chromium.driver();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        driver.get("http://127.0.0.1:" + app.port() + "/");
        wait.until(d -> d.findElement(By.id("loading-status")).getText().contains("loading 3/56"));
        assertThat(driver.findElement(By.id("loading-status")).getAttribute("title")).contains("brief-04.txt");
        wait.until(d -> d.findElement(By.id("status")).getText().startsWith("Ready"));

        driver.findElement(By.id("search-input")).sendKeys("PRC");
        wait.until(d -> d.findElement(By.id("search-suggestions")).getText().contains("China"));

        PROGRESS.tried(false);
        PROGRESS.finished();
        wait.until(d -> !d.findElement(By.id("loading-status")).isDisplayed());
        wait.until(d -> d.findElement(By.id("status")).getText().contains("All 56 documents are loaded"));
    }

    @Test
    void whileTheDatabaseStartsThePageSaysSo() {
        Driver nothingListens = GraphDatabase.driver("bolt://127.0.0.1:1", AuthTokens.none());
        Javalin starting = ApiServer.create(new ApiDependencies(nothingListens, "neo4j", TestGraph.shared().catalogue(),
                        new ApiDependencies.RuntimeInfo("embedded", "bolt://127.0.0.1:1", "test"),
                        new ApiDependencies.ApiSettings(List.of(), Duration.ofSeconds(20), null), null, null,
                        new LoadProgress()),
                config -> config.staticFiles.add("/public", Location.CLASSPATH)).start("127.0.0.1", 0);
        try {
            WebDriver driver = chromium.driver();
            driver.get("http://127.0.0.1:" + starting.port() + "/");
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(d ->
                    d.findElement(By.id("loading-status")).getText().equals(LoadProgress.STARTING + "…"));
            assertThat(driver.findElement(By.id("error-banner")).isDisplayed()).as("no error while starting").isFalse();
        } finally {
            starting.stop();
            nothingListens.close();
        }
    }
}
