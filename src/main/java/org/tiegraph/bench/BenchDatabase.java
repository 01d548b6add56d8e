package org.tiegraph.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * The bench's own embedded Neo4j: a fresh store in a folder the bench owns, an explicit page cache, Bolt on a free
 * loopback port without authentication, no HTTP connector; configured like the application's embedded mode otherwise
 * (fast shutdown, no usage data); transaction logs are pruned at checkpoints. The driver reaches it over Bolt exactly as the application does.
 */
public final class BenchDatabase implements AutoCloseable {

    private final DatabaseManagementService dbms;
    private final Driver driver;
    private final Path folder;

    private BenchDatabase(DatabaseManagementService dbms, Driver driver, Path folder) {
        this.dbms = dbms;
        this.driver = driver;
        this.folder = folder;
    }

    /** Deletes {@code folder} if present and starts an empty DBMS in it with {@code pageCacheBytes} of page cache. */
    public static BenchDatabase startFresh(Path folder, long pageCacheBytes) {
        deleteFolder(folder);
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(folder.toAbsolutePath())
                .setConfig(GraphDatabaseSettings.pagecache_memory, pageCacheBytes)
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "false")
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", 0))
                .setConfig(HttpConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, Duration.ZERO)
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(1))
                .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ZERO)
                .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ZERO)
                .build();
        var db = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        int port = db.getDependencyResolver().resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT).getPort();
        Driver driver = GraphDatabase.driver("bolt://127.0.0.1:" + port, AuthTokens.none(), Config.builder()
                .withMaxConnectionPoolSize(64)
                .withConnectionAcquisitionTimeout(30, java.util.concurrent.TimeUnit.SECONDS)
                .withLogging(org.neo4j.driver.Logging.slf4j())
                .build());
        driver.verifyConnectivity();
        return new BenchDatabase(dbms, driver, folder);
    }

    public Driver driver() {
        return driver;
    }

    public Path folder() {
        return folder;
    }

    /** The folder of the database's store files (transaction logs excluded). */
    public static Path storeFiles(Path folder) {
        return folder.resolve("data").resolve("databases").resolve(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    }

    /** Parses sizes such as {@code 512m}, {@code 6g} or plain bytes. */
    public static long parseBytes(String text) {
        String t = text.strip().toLowerCase(java.util.Locale.ROOT);
        long unit = switch (t.charAt(t.length() - 1)) {
            case 'k' -> 1L << 10;
            case 'm' -> 1L << 20;
            case 'g' -> 1L << 30;
            default -> 1;
        };
        String digits = unit == 1 ? t : t.substring(0, t.length() - 1);
        return Long.parseLong(digits) * unit;
    }

    @Override
    public void close() {
        driver.close();
        dbms.shutdown();
    }

    /** Deletes a folder tree (used for the bench's own store only). */
    public static void deleteFolder(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + folder, e);
        }
    }
}
