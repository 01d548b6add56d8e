package org.tiegraph.query;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.harness.Neo4j;
import org.tiegraph.graph.SchemaApplier;
import org.tiegraph.support.TestGraph;

/**
 * A small hand-written graph shaped like the real model ({@code fixture-graph.cypher}: one document about drones for
 * Russia) in its own in-process Neo4j, configured like {@link TestGraph} and with the project's schema applied. Shared
 * by every fixture-based test in the JVM (started on first use, closed at exit). It exists beside the seed harness
 * because its contents are exact and stable, so tests can assert precise answers whatever the extractor does.
 */
public final class FixtureGraph {

    public static final String DATABASE = "neo4j";
    private static Neo4j neo4j;
    private static Driver driver;

    private FixtureGraph() {
    }

    public static synchronized Driver driver() {
        if (driver == null) {
            neo4j = TestGraph.newHarness();
            driver = GraphDatabase.driver(neo4j.boltURI(), AuthTokens.none());
            new SchemaApplier(driver, DATABASE).apply();
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
