package org.tiegraph.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.tiegraph.support.TestGraph;

/** Both modes reach the graph through the driver: embedded (Bolt open to other clients) and external (no DBMS here). */
class GraphConnectionTest {

    @Test
    void embeddedModeExposesBoltToASeparateDriver(@TempDir Path data) {
        DatabaseOptions options = options();
        options.dataDir = data;
        try (GraphConnection graph = GraphConnection.open(options, "test")) {
            assertThat(graph.runtime().mode()).isEqualTo("embedded");
            assertThat(graph.embedded()).isNotNull();
            assertThat(graph.embedded().boltPort()).isPositive();
            try (var outsider = GraphDatabase.driver(graph.runtime().boltUri(), AuthTokens.none());
                 var session = outsider.session()) {
                assertThat(session.run("RETURN 40 + 2 AS answer").single().get("answer").asInt()).isEqualTo(42);
            }
        }
        assertThat(data.resolve("data/databases")).isDirectory();
    }

    @Test
    void externalModeUsesTheGivenServerAndStartsNoDbms() {
        TestGraph shared = TestGraph.shared();
        DatabaseOptions options = options();
        options.external.uri = shared.boltUri();
        options.dataDir = Path.of("target/never-created");
        try (GraphConnection graph = GraphConnection.open(options, "test")) {
            assertThat(graph.runtime().mode()).isEqualTo("external");
            assertThat(graph.embedded()).isNull();
            assertThat(graph.runtime().boltUri()).isEqualTo(shared.boltUri());
            try (var session = graph.driver().session()) {
                assertThat(session.run("MATCH (d:Document) RETURN count(d) AS n").single().get("n").asLong())
                        .isEqualTo(shared.seedReports().size());
            }
        }
        assertThat(Path.of("target/never-created")).doesNotExist();
    }

    @Test
    void anUnreachableExternalServerIsReportedByAddress() {
        DatabaseOptions options = options();
        options.external.uri = "bolt://127.0.0.1:1";
        options.connectTimeout = Duration.ofSeconds(1);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> GraphConnection.open(options, "test"))
                .hasMessageContaining("bolt://127.0.0.1:1").hasMessageContaining("not reachable");
    }

    private static DatabaseOptions options() {
        DatabaseOptions o = new DatabaseOptions();
        o.boltHost = "127.0.0.1";
        o.boltPort = 0;
        o.browserPort = -1;
        o.external.user = "neo4j";
        o.external.database = "neo4j";
        o.connectTimeout = Duration.ofSeconds(10);
        return o;
    }
}
