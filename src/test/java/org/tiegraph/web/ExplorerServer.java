package org.tiegraph.web;

import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import java.time.Duration;
import java.util.List;
import org.neo4j.driver.Driver;
import org.tiegraph.api.ApiDependencies;
import org.tiegraph.api.ApiServer;
import org.tiegraph.graph.LoadProgress;
import org.tiegraph.support.TestGraph;

/**
 * The server the browser tests drive: the real API plus the page (classpath {@code /public}, as the app serves it) over
 * the shared seeded test graph, on a free port.
 * With {@code -Dtiegraph.test.url=http://host:port/} the tests drive that running server instead (e.g. the app in
 * docker-compose).
 */
final class ExplorerServer implements AutoCloseable {

    private static final ApiDependencies.ApiSettings READ_ONLY =
            new ApiDependencies.ApiSettings(List.of(), Duration.ofSeconds(20), null);

    private final String baseUrl;
    private final Javalin app;
    private final TestGraph ownGraph;

    private ExplorerServer(String baseUrl, Javalin app, TestGraph ownGraph) {
        this.baseUrl = baseUrl;
        this.app = app;
        this.ownGraph = ownGraph;
    }

    static ExplorerServer start() {
        String external = System.getProperty("tiegraph.test.url");
        if (external != null && !external.isBlank()) {
            return new ExplorerServer(external.endsWith("/") ? external : external + "/", null, null);
        }
        TestGraph graph = TestGraph.shared();
        return serve(new ApiDependencies(graph.driver(), graph.database(), graph.catalogue(),
                new ApiDependencies.RuntimeInfo("embedded", graph.boltUri(), "test"), READ_ONLY), null);
    }

    /**
     * The page and an API that takes uploads with {@code writeToken} into a fresh graph of its own, closed with the
     * server.
     */
    static ExplorerServer writable(String writeToken) {
        TestGraph graph = TestGraph.fresh();
        return serve(new ApiDependencies(graph.driver(), graph.database(), graph.catalogue(),
                new ApiDependencies.RuntimeInfo("embedded", graph.boltUri(), "test"),
                new ApiDependencies.ApiSettings(List.of(), Duration.ofSeconds(20), writeToken),
                (file, force) -> graph.loader().loadOne(file, force)), graph);
    }

    /** The page and a read-only API over {@code driver} whose health reports {@code progress} of documents loading. */
    static ExplorerServer loading(Driver driver, String database, String boltUri, LoadProgress progress) {
        return serve(new ApiDependencies(driver, database, TestGraph.shared().catalogue(),
                new ApiDependencies.RuntimeInfo("embedded", boltUri, "test"), READ_ONLY, null, null, progress), null);
    }

    private static ExplorerServer serve(ApiDependencies deps, TestGraph ownGraph) {
        Javalin app = ApiServer.create(deps, config -> config.staticFiles.add("/public", Location.CLASSPATH));
        app.start("127.0.0.1", 0);
        return new ExplorerServer("http://127.0.0.1:" + app.port() + "/", app, ownGraph);
    }

    String baseUrl() {
        return baseUrl;
    }

    @Override
    public void close() {
        try {
            if (app != null) {
                app.stop();
            }
        } finally {
            if (ownGraph != null) {
                ownGraph.close();
            }
        }
    }
}
