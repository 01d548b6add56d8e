package org.tiegraph.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
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
import org.neo4j.server.configuration.ConfigurableServerModules;
import org.neo4j.server.configuration.ServerSettings;
import org.tiegraph.graph.CypherFile;

/**
 * The embedded Neo4j DBMS: store in a data folder, Bolt for our driver and for outside tools, optionally the HTTP
 * connector serving Neo4j Browser (and nothing else: no Cypher over HTTP). Authentication is always on, so neither a web
 * page on another origin (Bolt accepts WebSockets) nor another local user gets in; the user {@value #USER} has the
 * password the application gives, set before Bolt first listens. {@code LOAD CSV} cannot read local files, and
 * Browser is told to make no outside connections and report no usage.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

    /** The DBMS's one user (an administrator: Community has no other roles). */
    public static final String USER = "neo4j";
    /** Neo4j's own minimum password length. */
    public static final int MIN_PASSWORD_LENGTH = 8;
    /**
     * What Browser's pages may load and connect to: this server, and the DBMS's own Bolt port by HTTP (discovery) and
     * WebSocket on loopback or the advertised host ({@code %s}). Neo4j's default also allows analytics, crash-report,
     * feedback and font hosts on the internet, which Browser calls even with telemetry off.
     */
    static final String BROWSER_CONTENT_POLICY = "default-src 'self'; script-src 'self'; img-src 'self' data:; "
            + "style-src 'self' 'unsafe-inline'; font-src 'self' data:; connect-src 'self' %s; base-uri 'none'; "
            + "object-src 'none'; frame-ancestors 'none'";

    /**
     * Where the DBMS listens: Bolt's host and port (0 picks a free one), the host name Bolt advertises to clients (never
     * a wildcard address), and the Browser port (0 picks a free one, negative: no HTTP connector).
     */
    public record Exposure(String boltHost, int boltPort, String advertisedHost, int browserPort) {

        /** Bolt on loopback, advertised as localhost. */
        public static Exposure loopback(int boltPort, int browserPort) {
            return new Exposure("127.0.0.1", boltPort, "localhost", browserPort);
        }

        /** The host this process's own driver connects to: the bound address, or loopback for a wildcard bind. */
        String clientHost() {
            return isLoopback(boltHost) || isWildcard(boltHost) ? "localhost"
                    : boltHost.contains(":") && !boltHost.startsWith("[") ? "[" + boltHost + "]" : boltHost;
        }

        /** Where this process's own driver reaches Bolt on {@link #boltPort}. */
        String clientUri() {
            return "bolt://" + clientHost() + ":" + boltPort;
        }

        /** Where other clients reach Bolt on {@link #boltPort}: the advertised host. */
        String advertisedUri() {
            return "bolt://" + advertisedHost + ":" + boltPort;
        }
    }

    private final DatabaseManagementService dbms;
    private final int boltPort;
    private final int browserPort;
    private final String password;
    private final Exposure exposure;

    private EmbeddedNeo4j(DatabaseManagementService dbms, int boltPort, int browserPort, String password,
                          Exposure exposure) {
        this.dbms = dbms;
        this.exposure = exposure;
        this.boltPort = boltPort;
        this.browserPort = browserPort;
        this.password = password;
    }

    /** Starts the DBMS; the user {@value #USER} gets {@code password}. */
    public static EmbeddedNeo4j start(Path dataDir, Exposure exposure, String password) {
        return start(dataDir, exposure, password, Map.of());
    }

    /**
     * As {@link #start(Path, Exposure, String)}, with further settings (e.g. memory) applied last. A fresh store is
     * first started without any connector to set the password: Bolt never listens with Neo4j's default one.
     */
    public static EmbeddedNeo4j start(Path dataDir, Exposure exposure, String password,
                                      Map<Setting<?>, Object> extraSettings) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("the Neo4j password must have at least " + MIN_PASSWORD_LENGTH
                    + " characters");
        }
        Path home = dataDir.toAbsolutePath().normalize();
        if (!Files.isDirectory(home.resolve("data/databases/" + GraphDatabaseSettings.SYSTEM_DATABASE_NAME))) {
            DatabaseManagementService offline = common(home).setConfig(BoltConnector.enabled, false)
                    .setConfig(HttpConnector.enabled, false).setConfig(extraSettings).build();
            try {
                setPassword(offline, password);
            } finally {
                offline.shutdown();
            }
        }
        DatabaseManagementServiceBuilder builder = common(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(exposure.boltHost(), exposure.boltPort()))
                .setConfig(GraphDatabaseSettings.default_advertised_address, new SocketAddress(exposure.advertisedHost()))
                .setConfig(BoltConnector.advertised_address,
                        new SocketAddress(exposure.advertisedHost(), exposure.boltPort()))
                .setConfig(HttpConnector.enabled, exposure.browserPort() >= 0)
                .setConfig(ServerSettings.http_enabled_modules, EnumSet.of(ConfigurableServerModules.BROWSER))
                .setConfig(ServerSettings.http_static_content_security_policy, contentPolicy(exposure.advertisedHost()))
                .setConfig(ServerSettings.allow_telemetry, false)
                .setConfig(BrowserSettings.allow_outgoing_connections, false);
        if (exposure.browserPort() >= 0) {
            builder.setConfig(HttpConnector.listen_address, new SocketAddress(exposure.boltHost(), exposure.browserPort()))
                    .setConfig(HttpConnector.advertised_address,
                            new SocketAddress(exposure.advertisedHost(), exposure.browserPort()))
                    .setConfig(ServerSettings.http_access_control_allow_origin,
                            "http://" + exposure.advertisedHost() + ":" + exposure.browserPort());
        }
        builder.setConfig(extraSettings);
        DatabaseManagementService dbms = builder.build();
        var db = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        ConnectorPortRegister ports = db.getDependencyResolver().resolveDependency(ConnectorPortRegister.class);
        int bolt = ports.getLocalAddress(ConnectorType.BOLT).getPort();
        int http = exposure.browserPort() >= 0 ? ports.getLocalAddress(ConnectorType.HTTP).getPort() : -1;
        return new EmbeddedNeo4j(dbms, bolt, http, password, exposure);
    }

    static String contentPolicy(String advertisedHost) {
        StringBuilder sources = new StringBuilder();
        for (String host : new java.util.LinkedHashSet<>(java.util.List.of("localhost", "127.0.0.1", advertisedHost))) {
            for (String scheme : new String[] {"http", "ws"}) {
                sources.append(sources.isEmpty() ? "" : " ").append(scheme).append("://").append(host).append(":*");
            }
        }
        return BROWSER_CONTENT_POLICY.formatted(sources);
    }

    /** Settings of both starts: the store, authentication, no file access, no usage data, a fast shutdown. */
    private static DatabaseManagementServiceBuilder common(Path home) {
        return new DatabaseManagementServiceBuilder(home)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.allow_file_urls, false)
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, Duration.ZERO)
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(1))
                .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ZERO)
                .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ZERO);
    }

    private static void setPassword(DatabaseManagementService dbms, String password) {
        dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                CypherFile.load("admin/set_password.cypher"), Map.of("password", password));
    }

    /**
     * Gives the user {@value #USER} the password this DBMS was started with, when the store had another one (it was
     * started before with a different password): whoever starts the application owns its data folder.
     */
    void applyPassword() {
        setPassword(dbms, password);
    }

    static boolean isLoopback(String host) {
        return host.equals("localhost") || host.startsWith("127.") || host.equals("::1") || host.equals("[::1]");
    }

    /** An address that means every interface, which Bolt may listen on but never advertise. */
    static boolean isWildcard(String host) {
        return host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]");
    }

    public int boltPort() {
        return boltPort;
    }

    /** The Neo4j Browser port, or -1 when the HTTP connector is off. */
    public int browserPort() {
        return browserPort;
    }

    /** The password of the user {@value #USER}. */
    public String password() {
        return password;
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

    /** Where this process's own driver reaches Bolt. */
    public String boltUri() {
        return withPort().clientUri();
    }

    /** Neo4j Browser's address at the advertised host (the HTTP connector must be on). */
    public String browserUrl() {
        return "http://" + exposure.advertisedHost() + ":" + browserPort + "/browser/";
    }

    /** Where other clients reach Bolt: the advertised host. */
    public String advertisedBoltUri() {
        return withPort().advertisedUri();
    }

    /** The exposure with the Bolt port actually bound. */
    private Exposure withPort() {
        return new Exposure(exposure.boltHost(), boltPort, exposure.advertisedHost(), browserPort);
    }

    @Override
    public void close() {
        dbms.shutdown();
    }
}
