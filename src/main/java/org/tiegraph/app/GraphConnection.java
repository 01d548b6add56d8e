package org.tiegraph.app;

import java.nio.file.Path;
import java.time.Duration;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tiegraph.api.ApiDependencies.RuntimeInfo;

/**
 * One way to reach the graph, whichever mode: a driver (always the Neo4j Java driver, over Bolt), the database name,
 * and the embedded DBMS when this process runs it. Closing closes both, driver first.
 */
public final class GraphConnection implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(GraphConnection.class);
    private static final Duration EMBEDDED_START_TIMEOUT = Duration.ofSeconds(120);

    private final Driver driver;
    private final String database;
    private final EmbeddedNeo4j embedded;
    private final RuntimeInfo runtime;

    private GraphConnection(Driver driver, String database, EmbeddedNeo4j embedded, RuntimeInfo runtime) {
        this.driver = driver;
        this.database = database;
        this.embedded = embedded;
        this.runtime = runtime;
    }

    /** Opens the connection the options describe: an external Neo4j when a URI is given, else an embedded DBMS. */
    public static GraphConnection open(DatabaseOptions options, String version) {
        if (options.external.given()) {
            Driver driver = GraphDatabase.driver(options.external.uri, AuthTokens.basic(options.external.user, options.external.password == null ? "" : options.external.password),
                    driverConfig());
            waitUntilReachable(driver, options.external.uri, options.connectTimeout);
            return new GraphConnection(driver, options.external.database, null, new RuntimeInfo("external", options.external.uri, version));
        }
        Path data = options.dataDir;
        LOG.info("starting embedded Neo4j in {} (Bolt {}:{})", data.toAbsolutePath().normalize(), options.boltHost, options.boltPort);
        EmbeddedNeo4j embedded = EmbeddedNeo4j.start(data, options.boltHost, options.boltPort, options.browserPort);
        Driver driver = EmbeddedNeo4j.isLoopback(options.boltHost)
                ? GraphDatabase.driver(embedded.boltUri(), AuthTokens.none(), driverConfig())
                : GraphDatabase.driver(embedded.boltUri(), AuthTokens.basic(options.external.user, options.external.password == null ? "" : options.external.password), driverConfig());
        try {
            // a busy machine can take seconds to answer the very first Bolt handshake: retry instead of failing
            waitUntilReachable(driver, embedded.boltUri(), EMBEDDED_START_TIMEOUT);
        } catch (RuntimeException e) {
            embedded.close();
            throw e;
        }
        return new GraphConnection(driver, "neo4j", embedded, new RuntimeInfo("embedded", embedded.boltUri(), version));
    }

    /**
     * Fails fast when Neo4j is away, so API requests answer 503 within ~2 s instead of waiting out the driver's default
     * 30 s of retries: connect 2 s, pool wait 2 s, managed-transaction retries started within 0.5 s (one retry after
     * ~1 s back-off).
     */
    private static Config driverConfig() {
        return Config.builder()
                .withConnectionAcquisitionTimeout(2, java.util.concurrent.TimeUnit.SECONDS)
                .withConnectionTimeout(2, java.util.concurrent.TimeUnit.SECONDS)
                .withMaxTransactionRetryTime(500, java.util.concurrent.TimeUnit.MILLISECONDS)
                .withMaxConnectionPoolSize(64)
                .withLogging(org.neo4j.driver.Logging.slf4j())
                .build();
    }

    private static void waitUntilReachable(Driver driver, String uri, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        long pause = 500;
        while (true) {
            try {
                driver.verifyConnectivity();
                return;
            } catch (RuntimeException e) {
                if (System.nanoTime() > deadline) {
                    driver.close();
                    throw new IllegalStateException("Neo4j at " + uri + " is not reachable after " + timeout.toSeconds()
                            + " s: " + e.getMessage(), e);
                }
                LOG.info("waiting for Neo4j at {}: {}", uri, e.getMessage());
                sleep(pause);
                pause = Math.min(pause * 2, 5_000);
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for Neo4j", e);
        }
    }

    public Driver driver() {
        return driver;
    }

    public String database() {
        return database;
    }

    public RuntimeInfo runtime() {
        return runtime;
    }

    /** The embedded DBMS, or null in external mode. */
    public EmbeddedNeo4j embedded() {
        return embedded;
    }

    @Override
    public void close() {
        driver.close();
        if (embedded != null) {
            embedded.close();
        }
    }
}
