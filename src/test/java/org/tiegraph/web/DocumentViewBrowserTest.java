package org.tiegraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 13 item 5 in a real browser over the seed: a quote's link opens the document view with the sentence
 * highlighted among its neighbours, its section and page, the document's metadata and footnotes, and the facts drawn
 * from the passage.
 */
class DocumentViewBrowserTest {

    @RegisterExtension
    static final BrowserSession browser = BrowserSession.over(ExplorerServer::start);

    @Test
    void aQuoteOpensItsSentenceInTheDocument() {
        WebDriver driver = browser.driver();
        WebDriverWait wait = browser.waitUpTo(Duration.ofSeconds(60));
        browser.openExplorer(wait);
        driver.findElement(By.id("search-input")).sendKeys("Garpiya");
        wait.until(d -> d.findElements(By.cssSelector("#search-suggestions [role=option]")).stream()
                .filter(o -> o.getText().contains("Garpiya")).findFirst().orElse(null)).click();
        wait.until(d -> {
            d.findElement(By.id("expand-button")).click();
            return true;
        });
        wait.until(d -> d.findElements(By.cssSelector("#connection-list .connection-edge")).stream().findFirst()
                .orElse(null)).click();
        String quote = wait.until(d -> d.findElements(By.cssSelector("#evidence-list .evidence-sentence mark.evidence-quote"))
                .stream().findFirst().orElse(null)).getText();
        WebElement link = driver.findElement(By.cssSelector("#evidence-list .read-source"));
        String href = link.getAttribute("href");
        assertThat(href).contains("/documents/").contains("#");
        assertThat(link.getAttribute("target")).isEqualTo("_blank");

        driver.get(href);
        WebElement current = wait.until(d -> d.findElements(By.cssSelector("#passage .sentence.current")).stream()
                .findFirst().orElse(null));
        String highlighted = current.getText();
        assertThat(normalise(highlighted)).contains(normalise(quote));
        List<WebElement> sentences = driver.findElements(By.cssSelector("#passage .sentence"));
        assertThat(sentences.size()).isGreaterThan(1);
        assertThat(driver.findElement(By.id("passage-where")).getText()).contains("page").contains("sentence");
        assertThat(driver.findElements(By.cssSelector("#passage .page-marker"))).isNotEmpty();
        assertThat(driver.findElement(By.id("doc-title")).getText()).contains("Military Cooperation");
        assertThat(driver.findElement(By.id("doc-meta")).getText()).contains("Elizabeth Wishnick").contains("2025");
        wait.until(d -> d.findElements(By.cssSelector("#footnotes li[data-footnote]")).size() > 5);
        WebElement fact = driver.findElement(By.cssSelector("#passage-facts li.current"));
        assertThat(fact.getText()).containsPattern("[A-Z_]{4,}").contains("Garpiya");
        assertThat(driver.findElements(By.cssSelector("#passage .cite"))).isNotEmpty();
        browser.screenshot("target/web-document-view.png");

        int before = sentences.size();
        driver.findElement(By.id("passage-later")).click();
        wait.until(d -> d.findElements(By.cssSelector("#passage .sentence")).size() > before);
        assertThat(driver.findElement(By.cssSelector("#passage .sentence.current")).getText()).isEqualTo(highlighted);
    }

    private static String normalise(String text) {
        return text.replaceAll("\\s+", " ").trim();
    }
}
