package org.tiegraph.support;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;
import org.tiegraph.catalogue.Catalogue;
import org.tiegraph.graph.LoadReport;
import org.tiegraph.graph.LoadService;
import org.tiegraph.graph.SchemaApplier;

/**
 * The one in-process Neo4j (neo4j-harness) that every integration test in the JVM shares: schema applied and the
 * seed documents loaded through the real loader, once. Tests must not change its graph; tests that write use
 * {@link #fresh()} for a harness of their own.
 */
public final class TestGraph {

    /** The project's seed folder. */
    public static final Path SEEDS = Path.of("seeds");

    private static TestGraph shared;

    private final Neo4j neo4j;
    private final Driver driver;
    private final Catalogue catalogue;
    private final List<LoadReport> seedReports;

    private TestGraph(boolean loadSeeds) {
        this.neo4j = newHarness();
        this.driver = GraphDatabase.driver(neo4j.boltURI(), AuthTokens.none());
        this.catalogue = Catalogue.load();
        new SchemaApplier(driver, database()).apply();
        this.seedReports = loadSeeds ? loader().load(List.of(SEEDS), false, r -> { }) : List.of();
    }

    /** The shared harness with the seeds loaded; started on first use, closed when the JVM exits. */
    public static synchronized TestGraph shared() {
        if (shared == null) {
            shared = new TestGraph(true);
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close, "test-graph-close"));
        }
        return shared;
    }

    /** A new, empty harness with the schema applied, for tests that write; the caller closes it. */
    public static TestGraph fresh() {
        return new TestGraph(false);
    }

    /** A harness configured like production (fast shutdown, no usage data). */
    public static Neo4j newHarness() {
        return Neo4jBuilders.newInProcessBuilder()
                .withDisabledServer()
                .withConfig(GraphDatabaseSettings.udc_enabled, false)
                // enforce transaction timeouts promptly (default every 2 s), so a timeout test does not depend on how
                // fast this machine runs the query
                .withConfig(GraphDatabaseSettings.transaction_monitor_check_interval, Duration.ofMillis(10))
                .withConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, Duration.ZERO)
                .withConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(1))
                .withConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ZERO)
                .withConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ZERO)
                .build();
    }

    public LoadService loader() {
        return new LoadService(driver, database(), catalogue);
    }

    public Driver driver() {
        return driver;
    }

    public String database() {
        return "neo4j";
    }

    public Catalogue catalogue() {
        return catalogue;
    }

    public String boltUri() {
        return neo4j.boltURI().toString();
    }

    public Neo4j harness() {
        return neo4j;
    }

    /** The load reports of the seed documents (empty for a fresh harness). */
    public List<LoadReport> seedReports() {
        return seedReports;
    }

    public void close() {
        driver.close();
        neo4j.close();
    }
}
