package org.tiegraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 13 item 6 in a real browser: a document added from the page with its title, date, author and source behind
 * the write token, the load report shown, and the new document's text and metadata shown as text in its view. Writes,
 * so it runs over a graph of its own.
 */
class UploadBrowserTest {

    private static final String TOKEN = "browser-upload-token-0123";
    private static final String HOSTILE = "<img src=x onerror=\"window.owned=1\">";

    @RegisterExtension
    static final BrowserSession browser = BrowserSession.over(() -> ExplorerServer.writable(TOKEN));

    private static Path document;

    @BeforeAll
    static void writeDocument() throws IOException {
        document = Files.createTempDirectory("tiegraph-upload-page").resolve("drone-deliveries.txt");
        Files.writeString(document, "Drone deliveries\n\nIran supplies Shahed drones to Russia. " + HOSTILE
                + " North Korea supplies artillery shells to Russia.\n");
    }

    @AfterAll
    static void deleteDocument() throws IOException {
        if (document != null) {
            Files.deleteIfExists(document);
            Files.deleteIfExists(document.getParent());
        }
    }

    @Test
    void aDocumentAddedFromThePageIsLoadedAndReported() {
        WebDriver driver = browser.driver();
        WebDriverWait wait = browser.waitUpTo(Duration.ofSeconds(120));
        browser.openExplorer(wait);
        driver.findElement(By.cssSelector("#upload-panel > summary")).click();

        driver.findElement(By.id("upload-file")).sendKeys(document.toAbsolutePath().toString());
        driver.findElement(By.id("upload-title")).sendKeys("Drones " + HOSTILE);
        driver.findElement(By.id("upload-date")).sendKeys("2024-10");
        driver.findElement(By.id("upload-author")).sendKeys("A. Analyst");
        driver.findElement(By.id("upload-source")).sendKeys("https://example.org/brief");

        // without the token, then with a wrong one: said in words, nothing loaded
        driver.findElement(By.id("upload-submit")).click();
        assertThat(driver.findElement(By.id("upload-report")).getText()).contains("write token");
        driver.findElement(By.id("upload-token")).sendKeys("not-the-token-at-all");
        driver.findElement(By.id("upload-submit")).click();
        wait.until(d -> d.findElement(By.id("upload-report")).getText().contains("401"));

        WebElement token = driver.findElement(By.id("upload-token"));
        token.clear();
        token.sendKeys(TOKEN);
        driver.findElement(By.id("upload-submit")).click();
        WebElement report = wait.until(d -> d.findElements(By.cssSelector("#load-report[data-status=loaded]")).stream()
                .findFirst().orElse(null));
        assertThat(report.getText()).contains("Loaded: Drones " + HOSTILE);
        int edges = Integer.parseInt(report.findElement(By.cssSelector("[data-count=edges]")).getText());
        assertThat(edges).isPositive();
        assertThat(report.findElement(By.cssSelector("[data-count=sentences]")).getText()).isNotEqualTo("0");
        wait.until(d -> d.findElement(By.id("status")).getText().contains("was loaded"));
        browser.screenshot("target/web-upload-report.png");

        // the new document's view shows its text and metadata as text, never as markup
        driver.get(report.findElement(By.id("load-report-link")).getAttribute("href"));
        wait.until(d -> d.findElements(By.cssSelector("#passage .sentence")).size() > 0);
        assertThat(driver.findElement(By.id("doc-title")).getText()).isEqualTo("Drones " + HOSTILE);
        assertThat(driver.findElement(By.id("doc-meta")).getText()).contains("A. Analyst").contains("2024-10")
                .contains("https://example.org/brief");
        assertThat(driver.findElement(By.id("passage")).getText()).contains("<img src=x");
        assertThat(((JavascriptExecutor) driver).executeScript("return document.querySelectorAll('img').length;"))
                .isEqualTo(0L);
        assertThat(((JavascriptExecutor) driver).executeScript("return window.owned === undefined;")).isEqualTo(true);
        browser.screenshot("target/web-upload-document.png");
    }
}
