package org.tiegraph.app;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.graphdb.config.Setting;
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
 * and the embedded DBMS when this process runs it. The driver exists before the database answers ({@link #prepare}),
 * so the API can serve while the database starts ({@link #start}). Closing closes both, driver first.
 */
public final class GraphConnection implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(GraphConnection.class);
    private static final Duration EMBEDDED_START_TIMEOUT = Duration.ofSeconds(120);
    /**
     * Transaction log files grow as written instead of being preallocated at 256 MB each (two of them made a store of
     * 56 short documents 529 MB on disk, 515 MB of it empty log).
     */
    private static final Map<Setting<?>, Object> STORE_SETTINGS =
            Map.of(GraphDatabaseSettings.preallocate_logical_logs, false);

    private final Driver driver;
    private final String database;
    private final DatabaseOptions options;
    /** Where embedded Bolt listens, its port fixed; null in external mode. */
    private final EmbeddedNeo4j.Exposure exposure;
    private final String password;
    private final RuntimeInfo runtime;
    private volatile EmbeddedNeo4j embedded;

    private GraphConnection(Driver driver, String database, DatabaseOptions options, EmbeddedNeo4j.Exposure exposure,
                            String password, RuntimeInfo runtime) {
        this.driver = driver;
        this.database = database;
        this.options = options;
        this.exposure = exposure;
        this.password = password;
        this.runtime = runtime;
    }

    /** Opens the connection the options describe: an external Neo4j when a URI is given, else an embedded DBMS. */
    public static GraphConnection open(DatabaseOptions options, String version) {
        GraphConnection graph = prepare(options, version);
        try {
            graph.start();
        } catch (RuntimeException e) {
            graph.close();
            throw e;
        }
        return graph;
    }

    /**
     * The driver for the database the options describe, before it answers: an external Neo4j when a URI is given,
     * else the embedded DBMS {@link #start()} will run (on the Bolt port given, or on a free one picked now), with the
     * password given or the one kept in the data folder (generated at the first start).
     */
    public static GraphConnection prepare(DatabaseOptions options, String version) {
        if (options.external.given()) {
            String given = options.givenPassword();
            Driver driver = GraphDatabase.driver(options.external.uri,
                    AuthTokens.basic(options.external.user, given == null ? "" : given), driverConfig());
            return new GraphConnection(driver, options.external.database, options, null, null,
                    new RuntimeInfo("external", options.external.uri, version));
        }
        EmbeddedNeo4j.Exposure asked = options.exposure();
        int port = asked.boltPort() == 0 ? freePort(asked.boltHost()) : asked.boltPort();
        EmbeddedNeo4j.Exposure exposure = new EmbeddedNeo4j.Exposure(asked.boltHost(), port, asked.advertisedHost(),
                asked.browserPort());
        String password = EmbeddedPassword.resolve(options.dataDir.toAbsolutePath().normalize(),
                options.givenPassword());
        Driver driver = GraphDatabase.driver(exposure.clientUri(), AuthTokens.basic(EmbeddedNeo4j.USER, password),
                driverConfig());
        return new GraphConnection(driver, "neo4j", options, exposure, password,
                new RuntimeInfo("embedded", exposure.advertisedUri(), version));
    }

    /**
     * Starts the embedded DBMS (in embedded mode) and waits until the database answers.
     *
     * @throws StartFailure when the data folder is held by another process
     */
    public void start() {
        if (exposure == null) {
            waitUntilReachable(driver, options.external.uri, options.connectTimeout, null);
            return;
        }
        Path data = options.dataDir.toAbsolutePath().normalize();
        LOG.info("starting embedded Neo4j in {} (Bolt {}:{}, advertised as {})", data, exposure.boltHost(),
                exposure.boltPort(), exposure.advertisedHost());
        try {
            embedded = EmbeddedNeo4j.start(data, exposure, password, STORE_SETTINGS);
        } catch (RuntimeException e) {
            if (StartFailure.causedByStoreLock(e)) {
                throw StartFailure.dataFolderInUse(data);
            }
            throw e;
        }
        // a busy machine can take seconds to answer the very first Bolt handshake: retry instead of failing
        waitUntilReachable(driver, exposure.clientUri(), EMBEDDED_START_TIMEOUT, embedded);
    }

    /** A port free on {@code host} now (the DBMS binds it moments later). */
    private static int freePort(String host) {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(host))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("cannot find a free port on " + host + ": " + e.getMessage(), e);
        }
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
                    throw new IllegalStateException("Neo4j at " + uri + " refused the login (" + e.getMessage()
                            + "); check the user and password (not retried, so the account is not locked)", e);
                }
                LOG.info("the embedded store had another password; setting the one given now");
                embedded.applyPassword();
                passwordApplied = true;
            } catch (RuntimeException e) {
                if (System.nanoTime() > deadline) {
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

    /** The embedded DBMS, or null in external mode and before {@link #start()}. */
    public EmbeddedNeo4j embedded() {
        return embedded;
    }

    /** The embedded data folder, or null in external mode. */
    public Path dataDir() {
        return exposure == null ? null : options.dataDir.toAbsolutePath().normalize();
    }

    @Override
    public void close() {
        driver.close();
        EmbeddedNeo4j running = embedded;
        if (running != null) {
            running.close();
        }
    }
}
