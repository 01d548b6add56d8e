package org.tiegraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 13 items 4 and 2 in a real browser over the seed: a hub's neighbourhood grouped, placed without overlap and
 * labelled on zoom or hover; no two drawn labels overlapping at any zoom; a group opened and closed again; a cut answer
 * announced with a way to fetch more; filters hiding orphans with a summary of the new state; the depth choice kept;
 * the path choices sent to the API and incoherent paths labelled.
 */
class LegibleGraphBrowserTest {

    /** Script: whether the renderer draws a node's label (not empty, not transparent, at a readable size). */
    private static final String LABEL_DRAWN = """
            const labelDrawn = node => node.pstyle('label').strValue !== ''
              && node.pstyle('text-opacity').value > 0
              && node.pstyle('font-size').pfValue * window.explorer.cy.zoom()
                >= node.pstyle('min-zoomed-font-size').pfValue;
            """;
    /** Script: how many pairs of a list of boxes overlap. */
    private static final String OVERLAPPING_PAIRS = """
            const overlappingPairs = boxes => {
              let overlapping = 0;
              for (let i = 0; i < boxes.length; i++) {
                for (let j = i + 1; j < boxes.length; j++) {
                  const [a, b] = [boxes[i], boxes[j]];
                  if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) overlapping++;
                }
              }
              return overlapping;
            };
            """;

    @RegisterExtension
    static final BrowserSession browser = BrowserSession.over(ExplorerServer::start);

    private WebDriver driver;
    private WebDriverWait wait;

    @BeforeEach
    void openPage() {
        driver = browser.driver();
        wait = browser.waitUpTo(Duration.ofSeconds(60));
        browser.openExplorer(wait);
        js("localStorage.clear();"); // the depth and grouping choices of an earlier test
        driver.navigate().refresh();
        browser.awaitReady(wait);
    }

    @Test
    void aHubsNeighbourhoodIsGroupedPlacedApartLabelledOnHoverAndAGroupOpensAndClosesAgain() {
        expandChinaGroupingBy("type");
        long groups = number("return window.explorer.cy.nodes('.group').length");
        assertThat(groups).isPositive();
        assertThat(text("view-counts")).containsPattern("\\d+ entities in \\d+ groups?");
        assertThat(overlaps()).isZero();

        // at the zoom that fits a hub, entity labels are below the readable size and not drawn; hovering draws one
        double zoom = ((Number) js("return window.explorer.cy.zoom();")).doubleValue();
        // a leaf whose label no other label crowds out
        String leaf = (String) js("return window.explorer.cy.nodes().not('.group').not(':selected')"
                + ".filter(n => n.pstyle('text-opacity').value > 0).first().id();");
        assertThat(labelDrawnAt(leaf)).isEqualTo(zoom * 12 >= 10);
        hover(leaf);
        wait.until(d -> labelDrawnAt(leaf));
        browser.screenshot("target/web-legible-hub.png");

        // with a relation type filtered out, opening a group puts its entities back, still apart, and lists them
        String type = mostCommonRelationType();
        driver.findElement(By.id("filter-edge-" + type)).click();
        String countsClosed = text("view-counts");
        String summaryClosed = text("filter-summary");
        assertThat(summaryClosed).isEqualTo(expectedFilterSummary(type));
        String group = (String) js("return window.explorer.cy.nodes('.group').first().id();");
        List<?> drawnBefore = (List<?>) js("return window.explorer.cy.nodes().map(n => n.id());");
        clickNode(group);
        wait.until(d -> number("return window.explorer.cy.getElementById(arguments[0]).length", group) == 0);
        List<?> members = (List<?>) js("return window.explorer.cy.nodes().map(n => n.id())"
                + ".filter(id => !arguments[0].includes(id));", drawnBefore);
        assertThat(members).isNotEmpty();
        assertThat(overlaps()).isZero();
        assertThat(driver.findElements(By.cssSelector("#group-details .entity-link"))).hasSize(members.size());
        assertThat(text("filter-summary")).isEqualTo(expectedFilterSummary(type));
        browser.screenshot("target/web-legible-group-opened.png");

        // a member's card says where it came from and closes the group again: the members leave the canvas, the box
        // is back, the counts and summary as before
        assertThat(driver.findElement(By.cssSelector("#group-details #close-group-button")).isDisplayed()).isTrue();
        click(By.cssSelector("#group-details .entity-link"));
        wait.until(d -> d.findElement(By.cssSelector("#entity-details .opened-group")).getText().contains("China"));
        click(By.cssSelector("#entity-details #close-group-button"));
        wait.until(d -> number("return window.explorer.cy.getElementById(arguments[0]).length", group) == 1);
        assertThat(number("return arguments[0].filter(id => window.explorer.cy.getElementById(id).nonempty()).length;",
                members)).isZero();
        assertThat(text("view-counts")).isEqualTo(countsClosed);
        assertThat(text("filter-summary")).isEqualTo(summaryClosed).isEqualTo(expectedFilterSummary(type));
        assertThat(overlaps()).isZero();
        assertThat(text("details-name")).isEqualTo("China");
        assertThat(driver.findElements(By.id("close-group-button"))).isEmpty();
        browser.screenshot("target/web-legible-group-closed.png");
    }

    @Test
    void labelsThatWouldCollideAreLeftToHoverSoNoDrawnLabelsOverlapAtAnyZoom() {
        expandChinaGroupingBy("none");
        driver.findElement(By.id("graph")).sendKeys(Keys.ESCAPE); // a selected entity's label is always drawn
        String leftToHover = (String) js("return window.explorer.cy.nodes(':visible')"
                + ".filter(n => n.pstyle('text-opacity').value === 0).first().id();");
        assertThat(leftToHover).as("a label crowded out by another").isNotNull();
        for (double zoom : new double[] {3, 2, 1}) {
            js("""
                    const cy = window.explorer.cy;
                    cy.zoom(arguments[0]);
                    cy.center(cy.nodes().max(n => n.degree()).ele);""", zoom);
            assertThat(overlappingLabels()).as("pairs of drawn labels overlapping at zoom " + zoom).isZero();
        }
        browser.screenshot("target/web-legible-labels-zoomed-in.png");

        js("window.explorer.cy.center(window.explorer.cy.getElementById(arguments[0]));", leftToHover);
        assertThat(labelDrawnAt(leftToHover)).isFalse();
        hover(leftToHover);
        wait.until(d -> labelDrawnAt(leftToHover));
    }

    @Test
    void theDepthChoiceStaysAndACutAnswerOffersMore() {
        place("China");
        wait.until(d -> { // the card is drawn again when the entity's details arrive
            new Select(d.findElement(By.id("expand-depth"))).selectByValue("2");
            return "2".equals(d.findElement(By.id("expand-depth")).getAttribute("value"));
        });
        click(By.id("expand-button"));
        wait.until(d -> number("return window.explorer.cy.nodes().length") > 1
                && !d.findElement(By.id("graph-loading")).isDisplayed());
        wait.until(d -> "2".equals(d.findElement(By.id("expand-depth")).getAttribute("value")));
        WebElement notice = driver.findElement(By.id("truncated-notice"));
        assertThat(notice.isDisplayed()).isTrue();
        assertThat(notice.getText()).contains("cut at");
        long relations = number("return window.explorer.state.graph.counts().edges");
        driver.findElement(By.id("truncated-more")).click();
        wait.until(d -> number("return window.explorer.state.graph.counts().edges") > relations);
        assertThat(overlaps()).isZero();
        wait.until(d -> "2".equals(d.findElement(By.id("expand-depth")).getAttribute("value")));
        browser.screenshot("target/web-legible-truncated.png");

        driver.navigate().refresh();
        browser.awaitReady(wait);
        place("Russia");
        wait.until(d -> "2".equals(d.findElement(By.id("expand-depth")).getAttribute("value")));
    }

    @Test
    void filtersHideOrphanedEntitiesAndTheSummaryDescribesTheNewState() {
        expandChinaGroupingBy("none");
        String type = mostCommonRelationType();
        driver.findElement(By.id("filter-edge-" + type)).click();
        long orphans = orphansWhenHidden(type);
        long hiddenEdges = relationsOfType(type);
        assertThat(orphans).isPositive();
        assertThat(text("view-counts")).contains("(" + orphans + " entities, " + hiddenEdges + " relations hidden by filters)");
        assertThat(number("return window.explorer.cy.nodes(':visible').length"))
                .isEqualTo(number("return window.explorer.cy.nodes().length") - orphans);
        browser.screenshot("target/web-legible-orphans-hidden.png");

        driver.findElement(By.id("filter-orphans")).click();
        assertThat(text("view-counts")).contains("(0 entities, " + hiddenEdges + " relations hidden by filters)");
        driver.findElement(By.id("filter-edge-" + type)).click();
        assertThat(text("view-counts")).doesNotContain("hidden");
    }

    @Test
    void pathChoicesReachTheApiAndIncoherentPathsAreLabelled() {
        assertThat(driver.findElements(By.cssSelector("#path-follow-types input")).stream()
                .map(box -> box.getAttribute("data-edge-type")).toList()).contains("RELATED_TO", "OPPOSES");
        pick("path-from", "China");
        pick("path-to", "Russia");
        // China to Russia through drones: the seed joins Chinese companies to drones and drones to Russia in
        // different passages, a path shown only when incoherent paths are asked for
        pick("path-via", "Drones", "Item");
        new Select(driver.findElement(By.id("path-limit"))).selectByVisibleText("20");
        driver.findElement(By.id("path-submit")).click();
        wait.until(d -> !d.findElements(By.cssSelector("#path-results .path-result")).isEmpty());
        int coherentOnly = driver.findElements(By.cssSelector("#path-results .path-result")).size();
        assertThat(driver.findElements(By.cssSelector("#path-results .incoherent-badge"))).isEmpty();

        driver.findElement(By.id("path-follow-OPPOSES")).click();
        driver.findElement(By.id("path-denied")).click();
        driver.findElement(By.id("path-incoherent")).click();
        js("performance.clearResourceTimings();");
        driver.findElement(By.id("path-submit")).click();
        wait.until(d -> text("path-summary").contains("incoherent paths included"));
        String request = (String) js("return performance.getEntriesByType('resource').map(e => e.name)"
                + ".find(name => name.includes('api/paths?'));");
        assertThat(request).contains("coherent=false").contains("OPPOSES").contains("denied");
        List<WebElement> paths = driver.findElements(By.cssSelector("#path-results .path-result"));
        long labelled = driver.findElements(By.cssSelector("#path-results .path-result.incoherent .incoherent-badge")).size();
        assertThat(paths.size()).isGreaterThanOrEqualTo(coherentOnly);
        assertThat(labelled).isPositive();
        browser.screenshot("target/web-path-choices.png");
    }

    /** China's neighbourhood at depth 1 on the canvas, its leaves grouped by "type", "relation" or "none". */
    private void expandChinaGroupingBy(String groupBy) {
        new Select(driver.findElement(By.id("group-by"))).selectByValue(groupBy);
        place("China");
        click(By.id("expand-button"));
        wait.until(d -> number("return window.explorer.cy.nodes().length") > 1);
    }

    private void place(String name) {
        WebElement search = driver.findElement(By.id("search-input"));
        search.sendKeys(name);
        wait.until(d -> d.findElements(By.cssSelector("#search-suggestions [role=option]")).stream()
                .filter(o -> o.findElement(By.className("suggestion-name")).getText().equalsIgnoreCase(name)
                        && "State".equals(o.findElement(By.className("type-badge")).getText()))
                .findFirst().orElse(null)).click();
        wait.until(d -> text("details-name").equalsIgnoreCase(name));
    }

    private void pick(String inputId, String name) {
        pick(inputId, name, "State");
    }

    private void pick(String inputId, String name, String type) {
        WebElement input = driver.findElement(By.id(inputId));
        input.sendKeys(name);
        wait.until(d -> d.findElements(By.cssSelector("#" + inputId + "-suggestions [role=option]")).stream()
                .filter(o -> o.findElement(By.className("suggestion-name")).getText().equalsIgnoreCase(name)
                        && type.equals(o.findElement(By.className("type-badge")).getText()))
                .findFirst().orElse(null)).click();
        wait.until(d -> !input.getAttribute("data-entity-id").isEmpty());
    }

    private String mostCommonRelationType() {
        return (String) js("""
                const counts = {};
                window.explorer.cy.edges().not('.group-edge')
                  .forEach(e => counts[e.data('type')] = (counts[e.data('type')] || 0) + 1);
                return Object.entries(counts).sort((a, b) => b[1] - a[1])[0][0];""");
    }

    /** Expected from the canvas alone: entities whose every relation is of the type. */
    private long orphansWhenHidden(String type) {
        return number("""
                const type = arguments[0];
                return window.explorer.cy.nodes().not('.group').filter(n => n.connectedEdges().length > 0
                  && n.connectedEdges().every(e => e.data('type') === type)).length;""", type);
    }

    private long relationsOfType(String type) {
        return number("return window.explorer.cy.edges().filter(e => e.data('type') === arguments[0]).length", type);
    }

    /** What the filter summary should say with the relations of the type hidden (and orphans hidden too). */
    private String expectedFilterSummary(String type) {
        long orphans = orphansWhenHidden(type);
        long relations = relationsOfType(type);
        return orphans + relations > 0 ? "Filters hide " + orphans + " entities and " + relations + " relations." : "";
    }

    /** Pairs of drawn nodes whose bodies (labels aside) overlap. */
    private long overlaps() {
        return number(OVERLAPPING_PAIRS + "return overlappingPairs(window.explorer.cy.nodes(':visible')"
                + ".map(n => n.boundingBox({ includeLabels: false })));");
    }

    /**
     * Whether the renderer draws the node's label: its rendered font size reaches min-zoomed-font-size and it is not
     * transparent.
     */
    private boolean labelDrawnAt(String id) {
        return (Boolean) js(LABEL_DRAWN + "return labelDrawn(window.explorer.cy.getElementById(arguments[0]));", id);
    }

    /** Pairs of nodes whose labels are both drawn and whose label boxes overlap. */
    private long overlappingLabels() {
        return number(LABEL_DRAWN + OVERLAPPING_PAIRS + "return overlappingPairs(window.explorer.cy.nodes(':visible')"
                + ".filter(labelDrawn)"
                + ".map(n => n.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true })));");
    }

    private void hover(String id) {
        Map<?, ?> at = (Map<?, ?>) js("return window.explorer.cy.getElementById(arguments[0]).renderedPosition();", id);
        WebElement graph = driver.findElement(By.id("graph"));
        int x = (int) Math.round(((Number) at.get("x")).doubleValue() - graph.getSize().getWidth() / 2.0);
        int y = (int) Math.round(((Number) at.get("y")).doubleValue() - graph.getSize().getHeight() / 2.0);
        new Actions(driver).moveToElement(graph, x, y).perform();
    }

    private void clickNode(String id) {
        hover(id);
        new Actions(driver).click().perform();
    }

    private void click(By locator) {
        wait.until(d -> {
            d.findElement(locator).click();
            return true;
        });
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private long number(String script, Object... args) {
        return ((Number) js(script, args)).longValue();
    }

    private String text(String id) {
        return driver.findElement(By.id(id)).getText();
    }
}
