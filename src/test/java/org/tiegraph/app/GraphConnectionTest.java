package org.tiegraph.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.SecurityException;
import org.tiegraph.support.TestGraph;

/**
 * Both modes reach the graph through the driver: embedded (Bolt open to other clients with the password) and external
 * (no DBMS here); a refused login is never retried into a locked account.
 */
class GraphConnectionTest {

    @Test
    void embeddedModeExposesBoltToASeparateDriverWithThePassword(@TempDir Path data) throws Exception {
        DatabaseOptions options = options();
        options.dataDir = data;
        try (GraphConnection graph = GraphConnection.open(options, "test")) {
            assertThat(graph.runtime().mode()).isEqualTo("embedded");
            assertThat(graph.embedded()).isNotNull();
            assertThat(graph.embedded().boltPort()).isPositive();
            String generated = Files.readString(data.resolve(EmbeddedPassword.FILE)).strip();
            assertThat(generated).hasSizeGreaterThanOrEqualTo(16);
            assertThat(Files.getPosixFilePermissions(data.resolve(EmbeddedPassword.FILE)))
                    .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
            try (var outsider = GraphDatabase.driver(graph.runtime().boltUri(),
                    AuthTokens.basic(EmbeddedNeo4j.USER, generated)); var session = outsider.session()) {
                assertThat(session.run("RETURN 40 + 2 AS answer").single().get("answer").asInt()).isEqualTo(42);
            }
            try (var stranger = GraphDatabase.driver(graph.runtime().boltUri(), AuthTokens.none())) {
                assertThatThrownBy(stranger::verifyConnectivity).isInstanceOf(SecurityException.class);
            }
        }
        assertThat(data.resolve("data/databases")).isDirectory();
    }

    @Test
    void aPasswordGivenLaterReplacesTheStoredOneAndAWrongOneIsNotRetried(@TempDir Path data) {
        DatabaseOptions options = options();
        options.dataDir = data;
        GraphConnection.open(options, "test").close();
        options.external.password = "a-password-given-later";
        try (GraphConnection graph = GraphConnection.open(options, "test")) {
            try (var analyst = GraphDatabase.driver(graph.runtime().boltUri(),
                    AuthTokens.basic(EmbeddedNeo4j.USER, "a-password-given-later"))) {
                analyst.verifyConnectivity();
            }
        }
        assertThat(data.resolve(EmbeddedPassword.FILE)).as("the generated password no longer applies").doesNotExist();
        options.external.password = "short";
        assertThatThrownBy(() -> GraphConnection.open(options, "test")).hasMessageContaining("at least 8");
    }

    @Test
    void aRefusedLoginToAnExternalServerFailsAtOnceWithoutLockingTheAccount(@TempDir Path data) {
        DatabaseOptions embeddedOptions = options();
        embeddedOptions.dataDir = data;
        embeddedOptions.external.password = "the-right-password";
        try (GraphConnection embedded = GraphConnection.open(embeddedOptions, "test")) {
            DatabaseOptions options = options();
            options.external.uri = embedded.runtime().boltUri();
            options.external.password = "a-wrong-password";
            for (int attempt = 0; attempt < 2; attempt++) {
                assertThatThrownBy(() -> GraphConnection.open(options, "test"))
                        .hasMessageContaining("refused the login").hasMessageContaining("not retried");
            }
            options.external.password = "the-right-password";
            GraphConnection.open(options, "test").close(); // two failures in a row: not locked (Neo4j locks at 3)
        }
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
