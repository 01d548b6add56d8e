package org.tiegraph.web;

import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import java.time.Duration;
import java.util.List;
import org.tiegraph.api.ApiDependencies;
import org.tiegraph.api.ApiServer;
import org.tiegraph.support.TestGraph;

/**
 * The server the browser tests drive: the real API plus the page (classpath {@code /public}, as the app serves it) over
 * the shared seeded test graph, on a free port.
 * With {@code -Dtiegraph.test.url=http://host:port/} the tests drive that running server instead (e.g. the app in
 * docker-compose).
 */
final class ExplorerServer implements AutoCloseable {

    private final String baseUrl;
    private final Javalin app;

    private ExplorerServer(String baseUrl, Javalin app) {
        this.baseUrl = baseUrl;
        this.app = app;
    }

    static ExplorerServer start() {
        String external = System.getProperty("tiegraph.test.url");
        if (external != null && !external.isBlank()) {
            return new ExplorerServer(external.endsWith("/") ? external : external + "/", null);
        }
        TestGraph graph = TestGraph.shared();
        return serve(new ApiDependencies(graph.driver(), graph.database(), graph.catalogue(),
                new ApiDependencies.RuntimeInfo("embedded", graph.boltUri(), "test"),
                new ApiDependencies.ApiSettings(List.of(), Duration.ofSeconds(20), null)));
    }

    /** The page and an API that takes uploads with {@code writeToken} into {@code graph} (a graph of the test's own). */
    static ExplorerServer writable(TestGraph graph, String writeToken) {
        return serve(new ApiDependencies(graph.driver(), graph.database(), graph.catalogue(),
                new ApiDependencies.RuntimeInfo("embedded", graph.boltUri(), "test"),
                new ApiDependencies.ApiSettings(List.of(), Duration.ofSeconds(20), writeToken),
                (file, force) -> graph.loader().loadOne(file, force)));
    }

    private static ExplorerServer serve(ApiDependencies deps) {
        Javalin app = ApiServer.create(deps, config -> config.staticFiles.add("/public", Location.CLASSPATH));
        app.start("127.0.0.1", 0);
        return new ExplorerServer("http://127.0.0.1:" + app.port() + "/", app);
    }

    String baseUrl() {
        return baseUrl;
    }

    @Override
    public void close() {
        if (app != null) {
            app.stop();
        }
    }
}
