package org.tiegraph.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.graphdb.config.Setting;

/**
 * The bench's own embedded store: a fresh folder the bench owns, started through the application's embedded mode
 * ({@code EmbeddedNeo4j}, Bolt on a free loopback port, no HTTP connector) with the settings below added, and the
 * driver that reaches it over Bolt exactly as the application does.
 */
public final class BenchDatabase {

    private BenchDatabase() {
    }

    /**
     * Settings the bench adds to the embedded mode: an explicit page cache, and transaction logs pruned at checkpoints
     * (the bulk write would otherwise keep gigabytes of them).
     */
    public static Map<Setting<?>, Object> settings(long pageCacheBytes) {
        return Map.of(GraphDatabaseSettings.pagecache_memory, pageCacheBytes,
                GraphDatabaseSettings.keep_logical_logs, "false");
    }

    /** A driver for the bench's embedded store at {@code boltUri}; the pool allows the bench's concurrent clients. */
    public static Driver driver(String boltUri, String user, String password) {
        Driver driver = GraphDatabase.driver(boltUri, AuthTokens.basic(user, password), Config.builder()
                .withMaxConnectionPoolSize(64)
                .withConnectionAcquisitionTimeout(30, TimeUnit.SECONDS)
                .withLogging(Logging.slf4j())
                .build());
        driver.verifyConnectivity();
        return driver;
    }

    /** The folder of the database's store files (transaction logs excluded). */
    public static Path storeFiles(Path folder) {
        return folder.resolve("data").resolve("databases").resolve(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    }

    /** Parses sizes such as {@code 512m}, {@code 6g} or plain bytes. */
    public static long parseBytes(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        long unit = switch (t.charAt(t.length() - 1)) {
            case 'k' -> 1L << 10;
            case 'm' -> 1L << 20;
            case 'g' -> 1L << 30;
            default -> 1;
        };
        String digits = unit == 1 ? t : t.substring(0, t.length() - 1);
        return Long.parseLong(digits) * unit;
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
