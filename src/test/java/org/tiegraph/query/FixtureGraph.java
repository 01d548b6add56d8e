package org.tiegraph.query;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

/**
 * The one in-process Neo4j shared by every integration test in the JVM (started on first use, closed at exit), loaded
 * with {@code fixture-graph.cypher}: a small graph shaped like the real model.
 */
public final class FixtureGraph {

    public static final String DATABASE = "neo4j";
    private static Neo4j neo4j;
    private static Driver driver;

    private FixtureGraph() {
    }

    public static synchronized Driver driver() {
        if (driver == null) {
            neo4j = Neo4jBuilders.newInProcessBuilder()
                    .withDisabledServer()
                    .withConfig(GraphDatabaseSettings.udc_enabled, false)
                    .withConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, Duration.ZERO)
                    .withConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(1))
                    .withConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ZERO)
                    .withConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ZERO)
                    .build();
            driver = GraphDatabase.driver(neo4j.boltURI(), AuthTokens.none());
            load("fixture-graph.cypher");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                driver.close();
                neo4j.close();
            }));
        }
        return driver;
    }

    /** Runs each statement of a test resource (statements separated by a line holding only ';'). */
    private static void load(String resource) {
        String text;
        try (InputStream in = FixtureGraph.class.getClassLoader().getResourceAsStream(resource)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (Session session = driver.session()) {
            for (String statement : text.split("\n;\n")) {
                boolean onlyComments = statement.lines().allMatch(l -> l.isBlank() || l.strip().startsWith("//"));
                if (!onlyComments) {
                    session.run(statement).consume();
                }
            }
        }
    }
}
