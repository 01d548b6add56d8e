package org.tiegraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tiegraph.catalogue.Catalogue;
import org.tiegraph.graph.BrowserStyle;

/** The committed Neo4j Browser stylesheet is exactly what the catalogue generates, and Browser would apply it right. */
class BrowserStyleTest {

    private static final Catalogue CATALOGUE = Catalogue.load();

    @Test
    void committedStylesheetMatchesTheCatalogue() throws IOException {
        try (InputStream committed = getClass().getClassLoader().getResourceAsStream("cypher/browser/style.grass")) {
            assertThat(committed).as("cypher/browser/style.grass is shipped").isNotNull();
            assertThat(new String(committed.readAllBytes(), StandardCharsets.UTF_8))
                    .as("run org.tiegraph.graph.BrowserStyle to regenerate cypher/browser/style.grass")
                    .isEqualTo(BrowserStyle.render(CATALOGUE));
        }
    }

    @Test
    void everyTypeGetsItsCatalogueColourAndTheMostSpecificRuleWins() {
        Map<String, Map<String, String>> rules = parse(BrowserStyle.render(CATALOGUE));
        for (Catalogue.EntityType type : CATALOGUE.entityTypes().values()) {
            Map<String, String> style = styleFor(rules, CATALOGUE.lineage(type.name()));
            assertThat(style.get("color")).as(type.name()).isEqualToIgnoringCase(type.color());
            assertThat(style.get("caption")).as(type.name()).isEqualTo("{" + type.caption() + "}");
        }
    }

    /** What Neo4j Browser does: walk the rules in order, later matching rules override earlier ones. */
    private static Map<String, String> styleFor(Map<String, Map<String, String>> rules, List<String> lineage) {
        Map<String, String> style = new LinkedHashMap<>();
        rules.forEach((selector, props) -> {
            String[] parts = selector.split("\\.");
            boolean matches = parts[0].equals("node");
            for (int i = 1; i < parts.length; i++) {
                matches &= parts[i].equals("Entity") || lineage.contains(parts[i]);
            }
            if (matches) {
                style.putAll(props);
            }
        });
        return style;
    }

    /** The Browser's own reading of GraSS: braces inside single quotes do not count, quotes are dropped. */
    private static Map<String, Map<String, String>> parse(String grass) {
        Map<String, Map<String, String>> rules = new LinkedHashMap<>();
        StringBuilder selector = new StringBuilder();
        StringBuilder body = new StringBuilder();
        boolean inString = false;
        boolean inBody = false;
        for (char c : grass.toCharArray()) {
            if (c == '\'') {
                inString = !inString;
            } else if (c == '{' && !inString) {
                inBody = true;
            } else if (c == '}' && !inString) {
                Map<String, String> props = new LinkedHashMap<>();
                for (String prop : body.toString().split(";")) {
                    String[] pair = prop.split(":", 2);
                    if (pair.length == 2) {
                        props.put(pair[0].trim(), pair[1].trim());
                    }
                }
                assertThat(rules.put(selector.toString(), props)).as("selector declared once: " + selector).isNull();
                selector.setLength(0);
                body.setLength(0);
                inBody = false;
            } else if (inBody) {
                body.append(c);
            } else if (!Character.isWhitespace(c)) {
                selector.append(c);
            }
        }
        assertThat(inString || inBody).as("quotes and braces balanced").isFalse();
        return rules;
    }
}
