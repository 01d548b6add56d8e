package org.tiegraph.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;
import org.tiegraph.app.DatabaseOptions;
import org.tiegraph.app.GraphConnection;
import org.tiegraph.graph.SchemaApplier;
import picocli.CommandLine;

/**
 * External mode through an outage: the app's own driver (as {@code serve --neo4j-uri} builds it) against a harness on a
 * fixed Bolt port. With the harness stopped, requests answer 503 problem+json within ~2 s and /api/health says the
 * database is unreachable; with a new harness on the same port, the API answers again without a restart.
 */
class DatabaseOutageTest {

    private static final List<String> PATHS = List.of("/api/stats", "/api/entities?q=china", "/api/documents",
            "/api/entities/china/neighborhood", "/api/paths?from=china&to=russia");

    @Test
    void requestsFailFastWhileNeo4jIsDownAndRecoverWhenItReturns() throws Exception {
        int port = freePort();
        Neo4j first = harness(port);
        DatabaseOptions options = new DatabaseOptions();
        new CommandLine(options).parseArgs("--neo4j-uri", "bolt://localhost:" + port, "--neo4j-password", "unused",
                "--connect-timeout", "PT30S");
        try (GraphConnection graph = GraphConnection.open(options, "test");
             ApiUnderTest api = new ApiUnderTest(graph.driver(), "external", Duration.ofSeconds(60), null, null, null)) {
            new SchemaApplier(graph.driver(), graph.database()).apply();
            assertThat(api.get("/api/health").status()).isEqualTo(200);
            assertThat(api.get("/api/stats").status()).isEqualTo(200);

            first.close();

            for (int round = 0; round < 2; round++) {
                long t0 = System.nanoTime();
                ApiUnderTest.Reply health = api.get("/api/health");
                long healthMillis = (System.nanoTime() - t0) / 1_000_000;
                System.out.printf("outage: /api/health -> %d in %d ms%n", health.status(), healthMillis);
                assertThat(health.status()).isEqualTo(503);
                assertThat(health.isProblem()).isTrue();
                assertThat(health.json().path("database").path("reachable").asBoolean(true)).isFalse();
                assertThat(health.json().path("detail").asText()).contains("does not answer");
                assertThat(healthMillis).isLessThan(3_000);
                for (String path : PATHS) {
                    t0 = System.nanoTime();
                    ApiUnderTest.Reply reply = api.get(path);
                    long millis = (System.nanoTime() - t0) / 1_000_000;
                    System.out.printf("outage: %s -> %d in %d ms%n", path, reply.status(), millis);
                    assertThat(reply.status()).as(path).isEqualTo(503);
                    assertThat(reply.isProblem()).isTrue();
                    assertThat(reply.headers().firstValue("Retry-After")).isPresent();
                    assertThat(reply.json().path("detail").asText()).contains("cannot be reached");
                    assertThat(millis).as(path + " answered within ~2 s").isLessThan(3_000);
                }
            }

            Neo4j second = harness(port);
            try {
                long t0 = System.nanoTime();
                long deadline = t0 + Duration.ofSeconds(30).toNanos();
                int status;
                do {
                    status = api.get("/api/health").status();
                    if (status != 200) {
                        Thread.sleep(200);
                    }
                } while (status != 200 && System.nanoTime() < deadline);
                System.out.printf("recovery: /api/health 200 after %d ms%n", (System.nanoTime() - t0) / 1_000_000);
                assertThat(status).isEqualTo(200);
                new SchemaApplier(graph.driver(), graph.database()).apply();
                for (String path : PATHS) {
                    int s = api.get(path).status();
                    assertThat(s).as(path).isIn(200, 404);
                }
                assertThat(api.get("/api/stats").json().path("documents").asInt()).isZero();
            } finally {
                second.close();
            }
        }
    }

    private static Neo4j harness(int port) {
        return Neo4jBuilders.newInProcessBuilder()
                .withDisabledServer()
                .withConfig(BoltConnector.listen_address, new SocketAddress("localhost", port))
                .withConfig(GraphDatabaseSettings.udc_enabled, false)
                .withConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, Duration.ZERO)
                .withConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(1))
                .withConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ZERO)
                .withConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ZERO)
                .build();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }
}
