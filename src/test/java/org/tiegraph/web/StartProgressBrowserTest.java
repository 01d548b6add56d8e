package org.tiegraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tiegraph.graph.LoadProgress;
import org.tiegraph.support.TestGraph;

/**
 * The page while the server loads its documents: "loading 3/56…" in the status bar, searching already works, and when
 * loading is done the indicator goes and the status says so.
 */
class StartProgressBrowserTest {

    private static final LoadProgress PROGRESS = new LoadProgress();

    @RegisterExtension
    static final BrowserSession browser = BrowserSession.over(StartProgressBrowserTest::threeOf56DocumentsLoaded);

    private static ExplorerServer threeOf56DocumentsLoaded() {
        PROGRESS.documents(56);
        for (int i = 0; i < 3; i++) {
            PROGRESS.tried(false);
        }
        PROGRESS.reading("brief-04.txt");
        TestGraph graph = TestGraph.shared();
        return ExplorerServer.loading(graph.driver(), graph.database(), graph.boltUri(), PROGRESS);
    }

    @Test
    void theStatusBarShowsLoadingProgressUntilEveryDocumentIsIn() {
        WebDriver driver = browser.driver();
        WebDriverWait wait = browser.waitUpTo(Duration.ofSeconds(30));
        driver.get(browser.baseUrl());
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
        try (nothingListens; ExplorerServer starting = ExplorerServer.loading(nothingListens, "neo4j",
                "bolt://127.0.0.1:1", new LoadProgress())) {
            WebDriver driver = browser.driver();
            driver.get(starting.baseUrl());
            browser.waitUpTo(Duration.ofSeconds(30)).until(d ->
                    d.findElement(By.id("loading-status")).getText().equals(LoadProgress.STARTING + "…"));
            assertThat(driver.findElement(By.id("error-banner")).isDisplayed()).as("no error while starting").isFalse();
        }
    }
}
