package org.tiegraph.app;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
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
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.config.Setting;
import org.neo4j.graphdb.event.TransactionData;
import org.neo4j.graphdb.event.TransactionEventListenerAdapter;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * The embedded Neo4j DBMS: store in a data folder, Bolt for our driver and for outside tools, optionally the HTTP
 * connector serving Neo4j Browser. Bound to loopback unless told otherwise; authentication is required whenever Bolt
 * listens beyond loopback.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

    private final DatabaseManagementService dbms;
    private final int boltPort;
    private final int browserPort;

    private EmbeddedNeo4j(DatabaseManagementService dbms, int boltPort, int browserPort) {
        this.dbms = dbms;
        this.boltPort = boltPort;
        this.browserPort = browserPort;
    }

    /**
     * Starts the DBMS. {@code boltPort}/{@code browserPort} 0 picks a free port; {@code browserPort} negative disables
     * the HTTP connector.
     */
    public static EmbeddedNeo4j start(Path dataDir, String boltHost, int boltPort, int browserPort) {
        return start(dataDir, boltHost, boltPort, browserPort, Map.of());
    }

    /** As {@link #start(Path, String, int, int)}, with further settings (e.g. memory) applied last. */
    public static EmbeddedNeo4j start(Path dataDir, String boltHost, int boltPort, int browserPort,
                                      Map<Setting<?>, Object> extraSettings) {
        boolean loopback = isLoopback(boltHost);
        DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(dataDir.toAbsolutePath().normalize())
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(boltHost, boltPort))
                .setConfig(BoltConnector.advertised_address, new SocketAddress(loopback ? "localhost" : boltHost, boltPort))
                .setConfig(HttpConnector.enabled, browserPort >= 0)
                .setConfig(GraphDatabaseSettings.auth_enabled, !loopback)
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, Duration.ZERO)
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(1))
                .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ZERO)
                .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ZERO);
        if (browserPort >= 0) {
            builder.setConfig(HttpConnector.listen_address, new SocketAddress(boltHost, browserPort));
        }
        builder.setConfig(extraSettings);
        DatabaseManagementService dbms = builder.build();
        var db = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        ConnectorPortRegister ports = db.getDependencyResolver().resolveDependency(ConnectorPortRegister.class);
        int bolt = ports.getLocalAddress(ConnectorType.BOLT).getPort();
        int http = browserPort >= 0 ? ports.getLocalAddress(ConnectorType.HTTP).getPort() : -1;
        return new EmbeddedNeo4j(dbms, bolt, http);
    }

    static boolean isLoopback(String host) {
        return host.equals("localhost") || host.startsWith("127.") || host.equals("::1") || host.equals("[::1]");
    }

    public int boltPort() {
        return boltPort;
    }

    /** The Neo4j Browser port, or -1 when the HTTP connector is off. */
    public int browserPort() {
        return browserPort;
    }

    /**
     * Calls {@code changed} after every committed transaction that changed the default database, whoever wrote it
     * (the loader, Neo4j Browser, any Bolt client).
     */
    public void onGraphChange(Runnable changed) {
        onGraphChange(dbms, changed);
    }

    /** As {@link #onGraphChange(Runnable)}, for any DBMS running in this JVM. */
    static void onGraphChange(DatabaseManagementService dbms, Runnable changed) {
        dbms.registerTransactionEventListener(GraphDatabaseSettings.DEFAULT_DATABASE_NAME,
                new TransactionEventListenerAdapter<Object>() {
                    @Override
                    public void afterCommit(TransactionData data, Object state, GraphDatabaseService database) {
                        changed.run();
                    }
                });
    }

    public String boltUri() {
        return "bolt://localhost:" + boltPort;
    }

    @Override
    public void close() {
        dbms.shutdown();
    }
}
