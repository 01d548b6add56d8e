package org.tiegraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.SessionConfig;
import org.tiegraph.support.TestGraph;

/** The schema files apply on an empty database and again without error or change. */
class SchemaApplierTest {

    @Test
    void applyingTwiceChangesNothing() {
        TestGraph graph = TestGraph.shared();
        List<String> before = schema(graph);
        int statements = new SchemaApplier(graph.driver(), graph.database()).apply();
        assertThat(statements).isGreaterThanOrEqualTo(SchemaApplier.FILES.size());
        assertThat(schema(graph)).isEqualTo(before)
                .anyMatch(s -> s.startsWith("entity_id|UNIQUENESS"))
                .anyMatch(s -> s.startsWith("entity_search|FULLTEXT|ONLINE"));
    }

    private static List<String> schema(TestGraph graph) {
        try (var session = graph.driver().session(SessionConfig.forDatabase(graph.database()))) {
            List<String> out = new java.util.ArrayList<>(session.run("SHOW CONSTRAINTS YIELD name, type RETURN name + '|' + type AS s")
                    .list(r -> r.get("s").asString()));
            out.addAll(session.run("SHOW INDEXES YIELD name, type, state RETURN name + '|' + type + '|' + state AS s")
                    .list(r -> r.get("s").asString()));
            out.sort(null);
            return out;
        }
    }
}
