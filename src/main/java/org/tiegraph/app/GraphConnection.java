package org.tiegraph.app;

import java.nio.file.Path;
import java.time.Duration;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.SecurityException;
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
            String password = options.givenPassword();
            Driver driver = GraphDatabase.driver(options.external.uri,
                    AuthTokens.basic(options.external.user, password == null ? "" : password), driverConfig());
            waitUntilReachable(driver, options.external.uri, options.connectTimeout, null);
            return new GraphConnection(driver, options.external.database, null,
                    new RuntimeInfo("external", options.external.uri, version));
        }
        Path data = options.dataDir;
        EmbeddedNeo4j.Exposure exposure = options.exposure();
        String given = options.givenPassword();
        String password = EmbeddedPassword.resolve(data.toAbsolutePath().normalize(), given);
        LOG.info("starting embedded Neo4j in {} (Bolt {}:{}, advertised as {})", data.toAbsolutePath().normalize(),
                exposure.boltHost(), exposure.boltPort(), exposure.advertisedHost());
        EmbeddedNeo4j embedded = EmbeddedNeo4j.start(data, exposure, password);
        Driver driver = GraphDatabase.driver(embedded.boltUri(), AuthTokens.basic(EmbeddedNeo4j.USER, password),
                driverConfig());
        try {
            // a busy machine can take seconds to answer the very first Bolt handshake: retry instead of failing
            waitUntilReachable(driver, embedded.boltUri(), EMBEDDED_START_TIMEOUT, embedded);
        } catch (RuntimeException e) {
            embedded.close();
            throw e;
        }
        return new GraphConnection(driver, "neo4j", embedded,
                new RuntimeInfo("embedded", embedded.advertisedBoltUri(), version));
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

    /**
     * Waits for Neo4j to answer. A refused login is not retried (Neo4j locks an account after a few failed attempts in
     * a row): against an embedded store started earlier with another password, that password is replaced once by the
     * one given now; otherwise the start fails saying so.
     */
    private static void waitUntilReachable(Driver driver, String uri, Duration timeout, EmbeddedNeo4j embedded) {
        long deadline = System.nanoTime() + timeout.toNanos();
        long pause = 500;
        boolean passwordApplied = false;
        while (true) {
            try {
                driver.verifyConnectivity();
                return;
            } catch (SecurityException e) {
                if (embedded == null || passwordApplied) {
                    driver.close();
                    throw new IllegalStateException("Neo4j at " + uri + " refused the login (" + e.getMessage()
                            + "); check the user and password (not retried, so the account is not locked)", e);
                }
                LOG.info("the embedded store had another password; setting the one given now");
                embedded.applyPassword();
                passwordApplied = true;
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
