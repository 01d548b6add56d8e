package org.tiegraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The explorer page in a real browser against the real API over the seed document: search, expand, the China→Russia
 * drone path, reading a quote in its sentence, the error and empty states, and the exports.
 */
class ExplorerBrowserTest {

    private static final Path SEED = Path.of("seeds/2025-wishnick-uscc-china-military-cooperation-russia-iran-north-korea.txt");

    @RegisterExtension
    static final BrowserSession browser = BrowserSession.over(ExplorerServer::start);

    private static String seedText;

    private WebDriver driver;
    private WebDriverWait wait;

    @BeforeAll
    static void readSeed() throws IOException {
        seedText = normalise(Files.readString(SEED));
    }

    @BeforeEach
    void openPage() {
        driver = browser.driver();
        wait = browser.waitUpTo(Duration.ofSeconds(30));
        browser.openExplorer(wait);
    }

    @Test
    void analystFindsTheDronePathAndReadsItsEvidence() throws IOException {
        // search with the keyboard: "/" focuses the box, the arrow picks the suggestion, Enter places the entity
        driver.findElement(By.tagName("body")).sendKeys("/");
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("search-input");
        driver.switchTo().activeElement().sendKeys("Garpiya");
        WebElement garpiya = waitForOption("search-suggestions", option -> option.getText().contains("Garpiya"));
        assertThat(garpiya.findElement(By.className("type-badge")).getText()).isEqualTo("Item");
        WebElement search = driver.findElement(By.id("search-input"));
        search.sendKeys(Keys.ARROW_DOWN);
        search.sendKeys(Keys.ENTER);
        wait.until(d -> text("details-name").contains("Garpiya"));
        assertThat(nodeCount()).isEqualTo(1);

        // expand from the canvas with the keyboard: the selected entity's neighbourhood is loaded
        driver.findElement(By.id("graph")).sendKeys(Keys.ENTER);
        wait.until(d -> nodeCount() > 1 && !driver.findElements(By.cssSelector("#connection-list .connection-edge")).isEmpty());
        assertThat(text("status")).contains("Garpiya").contains("relations");

        // the China -> Russia path through the drones
        pick("path-from", "China", option -> "State".equals(badge(option)) && nameOf(option).equalsIgnoreCase("China"));
        pick("path-to", "Russia", option -> "State".equals(badge(option)) && nameOf(option).equalsIgnoreCase("Russia"));
        pick("path-via", "drones", option -> "Item".equals(badge(option))
                && nameOf(option).toLowerCase(Locale.ROOT).matches("(the )?drones?"));
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("path-max-hops"))).selectByVisibleText("4");
        driver.findElement(By.id("path-submit")).click();
        wait.until(d -> !d.findElements(By.cssSelector("#path-results .path-result")).isEmpty());
        WebElement firstPath = driver.findElement(By.cssSelector("#path-results .path-result"));
        List<String> stops = firstPath.findElements(By.cssSelector(".path-node .entity-link")).stream()
                .map(WebElement::getText).toList();
        assertThat(stops.getFirst()).isEqualTo("China");
        assertThat(stops.getLast()).isEqualTo("Russia");
        assertThat(stops).anyMatch(stop -> stop.toLowerCase(Locale.ROOT).contains("drone"));

        // open the hop that delivers the drones and read its quote in context
        List<WebElement> hops = firstPath.findElements(By.cssSelector(".path-edge"));
        hops.getLast().click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("edge-details")));
        WebElement quote = wait.until(d -> d.findElements(By.cssSelector("#evidence-list .evidence-sentence mark.evidence-quote"))
                .stream().findFirst().orElse(null));
        String quoteText = quote.getText();
        assertThat(quoteText).isNotBlank();
        assertThat(seedText).contains(normalise(quoteText));
        String sentence = driver.findElement(By.cssSelector("#evidence-list .evidence-sentence")).getText();
        assertThat(normalise(sentence)).contains(normalise(quoteText));
        assertThat(driver.findElement(By.cssSelector("#evidence-list .evidence-document")).getText()).isNotBlank();
        assertThat(driver.findElement(By.cssSelector("#edge-details .facts")).getText()).contains("modality");

        browser.screenshot("target/web-explorer.png");
    }

    @Test
    void problemsFromTheApiAreShownWithTheirDetail() {
        WebElement pattern = driver.findElement(By.id("pattern-input"));
        pattern.sendKeys("Planet:mars>*>State:russia");
        driver.findElement(By.id("pattern-submit")).click();
        WebElement banner = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error-banner")));
        assertThat(banner.getText()).contains("400").containsIgnoringCase("Planet");
        driver.findElement(By.id("error-dismiss")).click();
        wait.until(ExpectedConditions.invisibilityOf(banner));

        WebElement search = driver.findElement(By.id("search-input"));
        search.sendKeys("qqzzxxvv");
        WebElement message = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#search-suggestions .suggestion-message")));
        assertThat(message.getText()).contains("No entity matches");
        assertThat(driver.findElement(By.id("graph-empty")).isDisplayed()).isTrue();
    }

    @Test
    void theViewExportsAsJsonAndGraphml() throws Exception {
        WebElement search = driver.findElement(By.id("search-input"));
        search.sendKeys("Garpiya");
        waitForOption("search-suggestions", option -> option.getText().contains("Garpiya")).click();
        wait.until(d -> text("details-name").contains("Garpiya"));
        click(By.id("expand-button"));
        wait.until(d -> nodeCount() > 1);
        long shown = nodeCount();

        driver.findElement(By.id("export-json")).click();
        Path json = waitForDownload("tiegraph-view.json");
        String exported = Files.readString(json);
        assertThat(exported).contains("\"nodes\"").contains("\"edges\"").contains("\"evidence\"");
        assertThat(com.fasterxml.jackson.databind.json.JsonMapper.builder().build().readTree(exported)
                .path("nodes").size()).isEqualTo(shown);

        driver.findElement(By.id("export-graphml")).click();
        Path graphml = waitForDownload("tiegraph-view.graphml");
        var document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(graphml.toFile());
        assertThat(document.getDocumentElement().getLocalName() == null
                ? document.getDocumentElement().getTagName() : document.getDocumentElement().getLocalName())
                .isEqualTo("graphml");
        assertThat(document.getElementsByTagNameNS("*", "node").getLength()
                + document.getElementsByTagName("node").getLength()).isPositive();
    }

    /** Clicks once the element is there, again if the panel holding it was re-rendered in between. */
    private void click(By locator) {
        wait.until(d -> {
            d.findElement(locator).click();
            return true;
        });
    }

    private WebElement waitForOption(String listboxId, Predicate<WebElement> wanted) {
        return wait.until(d -> d.findElements(By.cssSelector("#" + listboxId + " [role=option]")).stream()
                .filter(wanted).findFirst().orElse(null));
    }

    private void pick(String inputId, String typed, Predicate<WebElement> wanted) {
        WebElement input = driver.findElement(By.id(inputId));
        input.clear();
        input.sendKeys(typed);
        waitForOption(inputId + "-suggestions", wanted).click();
        wait.until(d -> !input.getAttribute("data-entity-id").isEmpty());
    }

    private static String badge(WebElement option) {
        return option.findElement(By.className("type-badge")).getText();
    }

    private static String nameOf(WebElement option) {
        return option.findElement(By.className("suggestion-name")).getText();
    }

    private String text(String id) {
        return driver.findElement(By.id(id)).getText();
    }

    private long nodeCount() {
        return (Long) ((JavascriptExecutor) driver).executeScript("return window.explorer.cy.nodes().length;");
    }

    private Path waitForDownload(String fileName) {
        Path file = browser.downloads().resolve(fileName);
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> {
            try {
                return Files.isRegularFile(file) && Files.size(file) > 0
                        && !Files.exists(browser.downloads().resolve(fileName + ".crdownload"));
            } catch (IOException e) {
                return false;
            }
        });
        return file;
    }

    private static String normalise(String text) {
        return text.replaceAll("\\s+", " ").trim();
    }
}
