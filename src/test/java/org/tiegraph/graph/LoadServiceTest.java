package org.tiegraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.SessionConfig;
import org.tiegraph.support.TestGraph;

/** Loading is idempotent, skips unchanged documents, and every stored quote is verbatim in its document. */
class LoadServiceTest {

    private static TestGraph graph;

    @BeforeAll
    static void start() {
        graph = TestGraph.fresh();
    }

    @AfterAll
    static void stop() {
        graph.close();
    }

    @Test
    void loadingTwiceGivesTheSameGraphAndUnchangedDocumentsAreSkipped() {
        List<LoadReport> first = graph.loader().load(List.of(TestGraph.SEEDS), false, r -> { });
        assertThat(first).extracting(LoadReport::status).containsOnly(LoadReport.LOADED);
        GraphFingerprint once = GraphFingerprint.of(graph.driver(), graph.database());
        assertThat(once.nodes()).isPositive();

        assertThat(graph.loader().load(List.of(TestGraph.SEEDS), false, r -> { }))
                .extracting(LoadReport::status).containsOnly(LoadReport.UNCHANGED);
        assertThat(graph.loader().load(List.of(TestGraph.SEEDS), true, r -> { }))
                .extracting(LoadReport::status).containsOnly(LoadReport.LOADED);
        assertThat(GraphFingerprint.of(graph.driver(), graph.database())).isEqualTo(once);
    }

    @Test
    void everyEvidenceQuoteIsVerbatimInItsDocument() throws IOException {
        graph.loader().load(List.of(TestGraph.SEEDS), false, r -> { });
        Map<String, String> texts = new java.util.HashMap<>();
        try (var session = graph.driver().session(SessionConfig.forDatabase(graph.database()))) {
            var docs = session.run("MATCH (d:Document) RETURN d.id AS id, d.path AS path").list();
            for (var d : docs) {
                texts.put(d.get("id").asString(), Files.readString(Path.of(d.get("path").asString())));
            }
            var evidence = session.run("MATCH (ev:Evidence) RETURN ev.documentId AS doc, ev.start AS start, ev.end AS end, "
                    + "ev.quote AS quote").list();
            assertThat(evidence).isNotEmpty();
            for (var ev : evidence) {
                String text = texts.get(ev.get("doc").asString());
                assertThat(text.substring(ev.get("start").asInt(), ev.get("end").asInt())).isEqualTo(ev.get("quote").asString());
            }
            long edgesWithoutEvidence = session.run("MATCH (a:Entity)-[r]->(b:Entity) WHERE NOT EXISTS { "
                    + "MATCH (ev:Evidence {edgeId: r.id}) } RETURN count(r) AS n").single().get("n").asLong();
            assertThat(edgesWithoutEvidence).isZero();
        }
    }
}
