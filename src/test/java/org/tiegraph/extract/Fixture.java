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

    /** Every quote is its segments' verbatim texts joined by one space, from the first's start to the last's end. */
    static void assertGrounded(Extraction x) {
        String text = x.parsed().document().text();
        for (Edge e : x.edges()) {
            Evidence ev = e.evidence();
            List<String> pieces = ev.segments().stream().map(g -> text.substring(g.start(), g.end())).toList();
            assertThat(String.join(" ", pieces)).as("quote of %s", triples(x)).isEqualTo(ev.quote());
            assertThat(ev.segments().getFirst().start()).isEqualTo(ev.start());
            assertThat(ev.segments().getLast().end()).isEqualTo(ev.end());
        }
    }
}
