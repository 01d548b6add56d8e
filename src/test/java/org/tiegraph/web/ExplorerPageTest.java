package org.tiegraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The explorer page as shipped in the jar, checked without a browser: every asset it loads is on the classpath
 * (Cytoscape from the webjar, nothing from the network), every script uses only names an earlier script published,
 * and every element id the scripts look up is in the page.
 */
class ExplorerPageTest {

    private static final String PUBLIC = "public/";
    private static final Pattern SHARED_NAMES = Pattern.compile("const \\{([^}]*)\\} = tiegraph;");
    private static final Pattern PUBLISHED_NAMES = Pattern.compile("Object\\.assign\\(tiegraph, \\{([^}]*)\\}\\);");
    private static final Pattern ID_LOOKUP = Pattern.compile("\\$\\('([\\w-]+)'\\)");

    private static Document page;
    private static List<String> scripts;

    @BeforeAll
    static void read() throws IOException {
        page = Jsoup.parse(resource(PUBLIC + "index.html"));
        scripts = new ArrayList<>();
        for (String path : page.select("script[src^=js/]").eachAttr("src")) {
            scripts.add(resource(PUBLIC + path));
        }
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = ExplorerPageTest.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as("classpath resource " + path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void everyAssetIsServedFromTheJarAndNothingFromTheNetwork() throws IOException {
        List<String> references = new ArrayList<>();
        references.addAll(page.select("script[src]").eachAttr("src"));
        references.addAll(page.select("link[href]").eachAttr("href"));
        assertThat(references).as("relative references: the page also works behind a path prefix")
                .noneMatch(ref -> ref.startsWith("http:") || ref.startsWith("https:") || ref.startsWith("/"));
        for (String reference : references) {
            if (reference.startsWith("data:")) {
                continue;
            }
            String resource = reference.startsWith("webjars/")
                    ? "META-INF/resources/" + reference
                    : PUBLIC + reference;
            resource(resource);
        }
        assertThat(page.select("script[src^=webjars/cytoscape/]")).hasSize(1);
        assertThat(scripts).hasSizeGreaterThan(1);
    }

    @Test
    void scriptsUseOnlyNamesPublishedByEarlierScripts() {
        Set<String> published = new LinkedHashSet<>();
        int shared = 0;
        for (String script : scripts) {
            Matcher uses = SHARED_NAMES.matcher(script);
            while (uses.find()) {
                for (String name : uses.group(1).split(",")) {
                    assertThat(published).as("published before use").contains(name.strip());
                    shared++;
                }
            }
            Matcher publishes = PUBLISHED_NAMES.matcher(script);
            while (publishes.find()) {
                for (String name : publishes.group(1).split(",")) {
                    published.add(name.strip());
                }
            }
        }
        assertThat(shared).isPositive();
    }

    @Test
    void everyElementTheScriptsLookUpIsInThePage() {
        Set<String> missing = new LinkedHashSet<>();
        int lookedUp = 0;
        for (String script : scripts) {
            Matcher lookups = ID_LOOKUP.matcher(script);
            while (lookups.find()) {
                lookedUp++;
                if (page.getElementById(lookups.group(1)) == null) {
                    missing.add(lookups.group(1));
                }
            }
        }
        assertThat(lookedUp).as("element lookups found in the scripts").isGreaterThan(20);
        assertThat(missing).as("ids the scripts use but index.html lacks").isEmpty();
    }

    @Test
    void formControlsAreLabelledAndIdsAreUnique() {
        Set<String> ids = new LinkedHashSet<>();
        for (Element element : page.select("[id]")) {
            assertThat(ids.add(element.id())).as("id declared once: " + element.id()).isTrue();
        }
        for (Element control : page.select("input, select")) {
            boolean labelled = !page.select("label[for=" + control.id() + "]").isEmpty() || control.parents().is("label")
                    || control.hasAttr("aria-label") || control.hasAttr("aria-labelledby");
            assertThat(labelled).as("label for #" + control.id()).isTrue();
        }
        for (Element button : page.select("button")) {
            assertThat(button.text().isBlank() && !button.hasAttr("aria-label")).as("button name: " + button).isFalse();
        }
    }
}
