package org.tiegraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tiegraph.app.EmbeddedNeo4j;
import org.tiegraph.catalogue.Catalogue;

/**
 * Neo4j Browser as the embedded database serves it: it loads, logs in as neo4j with the password, takes our
 * generated style.grass when the file is dropped on it, and draws the drone-path question from queries.cypher with
 * the catalogue's colours.
 */
class Neo4jBrowserTest {

    private static final Path SCREENSHOT = Path.of("target/neo4j-browser.png");
    private static final String PASSWORD = "browser-test-password";

    @Test
    void embeddedBrowserRunsOurQueryWithOurStyle() throws IOException {
        Path data = Files.createTempDirectory("tiegraph-browser-test");
        try (HeadlessChromium chromium = HeadlessChromium.start();
             EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(data, EmbeddedNeo4j.Exposure.loopback(0, 0), PASSWORD);
             Driver driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.basic(EmbeddedNeo4j.USER, PASSWORD));
             Session session = driver.session()) {
            BrowserQueries.loadFixture(session);
            WebDriver browser = chromium.driver();
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
            browser.get("http://localhost:" + neo4j.browserPort() + "/browser/?dbms="
                    + URLEncoder.encode(neo4j.boltUri(), StandardCharsets.UTF_8));

            // the connect form: user neo4j and the password, as on every start (authentication is always on)
            WebElement user = wait.until(d -> d.findElements(By.cssSelector("input[data-testid='username']")).stream()
                    .filter(WebElement::isDisplayed).findFirst().orElse(null));
            user.clear();
            user.sendKeys(EmbeddedNeo4j.USER);
            browser.findElement(By.cssSelector("input[data-testid='password']")).sendKeys(PASSWORD);
            browser.findElements(By.tagName("button")).stream().filter(b -> b.getText().equals("Connect"))
                    .findFirst().orElseThrow().click();
            wait.until(d -> d.findElement(By.tagName("body")).getText().contains("You are connected as user neo4j"));

            // drop style.grass on the page, as an analyst drags it from a file manager
            ((JavascriptExecutor) browser).executeScript("""
                    const data = new DataTransfer();
                    data.items.add(new File([arguments[0]], 'style.grass', {type: 'text/plain'}));
                    const target = document.elementFromPoint(innerWidth / 2, innerHeight / 2);
                    for (const type of ['dragenter', 'dragover', 'drop']) {
                      target.dispatchEvent(new DragEvent(type, {bubbles: true, cancelable: true, dataTransfer: data}));
                    }
                    """, resource("cypher/browser/style.grass"));

            // the drone-path question, typed into the editor on one line
            BrowserQueries.Query dronePath = BrowserQueries.load().getFirst();
            WebElement editor = browser.findElement(By.cssSelector(".monaco-editor textarea"));
            editor.sendKeys(dronePath.cypher().replaceAll("\\s+", " "));
            editor.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
            Catalogue catalogue = Catalogue.load();
            String stateColor = catalogue.entityTypes().get("State").color();
            // the dropped style is applied asynchronously: wait until the drawing shows it (or time out and report)
            Map<String, String> fillByCaption = new LinkedHashMap<>();
            try {
                wait.ignoring(StaleElementReferenceException.class).until(d -> {
                    List<WebElement> drawn = d.findElements(By.cssSelector("svg g.node"));
                    fillByCaption.clear();
                    for (WebElement node : drawn) {
                        String caption = String.join(" ", node.findElements(By.cssSelector("text.caption")).stream()
                                .map(t -> t.getAttribute("textContent").strip()).toList());
                        fillByCaption.put(caption, node.findElement(By.cssSelector("circle.b-outline"))
                                .getAttribute("fill"));
                    }
                    return drawn.size() == 4 && stateColor.equalsIgnoreCase(fillByCaption.get("China"));
                });
            } catch (TimeoutException e) {
                // the assertions below say what was drawn instead
            }
            assertThat(fillByCaption).containsOnlyKeys("China", "Chinese firms", "drones", "Russia");
            assertThat(fillByCaption.get("Chinese firms")).isEqualToIgnoringCase(catalogue.entityTypes().get("Company").color());
            assertThat(fillByCaption.get("drones")).isEqualToIgnoringCase(catalogue.entityTypes().get("Item").color());
            assertThat(fillByCaption.get("China")).isEqualToIgnoringCase(catalogue.entityTypes().get("State").color());

            // whatever the page asked of other hosts (fonts, analytics, crash reports) its content policy blocked
            List<?> requested = (List<?>) ((JavascriptExecutor) browser).executeScript(
                    "return performance.getEntriesByType('resource').map(e => e.name)");
            List<String> blocked = browser.manage().logs().get("browser").getAll().stream()
                    .map(e -> e.getMessage()).filter(m -> m.contains("Content Security Policy")).toList();
            assertThat(requested).isNotEmpty().map(Object::toString)
                    .filteredOn(url -> !url.startsWith("http://localhost:"))
                    .allSatisfy(url -> assertThat(blocked).anyMatch(m -> m.contains(url)));

            Files.createDirectories(SCREENSHOT.getParent());
            Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, SCREENSHOT, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            try (Stream<Path> files = Files.walk(data)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = Neo4jBrowserTest.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
