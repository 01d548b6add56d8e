package org.tiegraph.extract;

import org.tiegraph.catalogue.Catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;

/** Shared helpers for the extraction tests: one catalogue and extractor, and readable edge lookups. */
final class Fixture {

    static final Catalogue CATALOGUE = Catalogue.load();
    static final Extractor EXTRACTOR = new Extractor(CATALOGUE);

    private Fixture() {
    }

    static Extraction extract(String text) {
        return EXTRACTOR.extract(Docs.parse("t", text));
    }

    /** Edges as "source TYPE target" strings. */
    static List<String> triples(Extraction x) {
        return x.edges().stream().map(e -> e.sourceId() + " " + e.type() + " " + e.targetId())
                .collect(Collectors.toList());
    }

    static Edge edge(Extraction x, String source, String type, String target) {
        return x.edges().stream().filter(e -> e.sourceId().equals(source) && e.type().equals(type)
                && e.targetId().equals(target)).findFirst().orElseThrow(() -> new AssertionError(
                "no edge " + source + " " + type + " " + target + " in " + triples(x)));
    }

    static Entity entity(Extraction x, String id) {
        return x.entities().stream().filter(e -> e.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no entity " + id + " in " + x.entities().stream()
                        .map(Entity::id).toList()));
    }

    static void assertGrounded(Extraction x) {
        String text = x.parsed().document().text();
        for (Edge e : x.edges()) {
            assertThat(text.substring(e.evidence().start(), e.evidence().end())).isEqualTo(e.evidence().quote());
        }
    }
}
