package org.tiegraph.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.neo4j.driver.Driver;
import org.tiegraph.catalogue.Catalogue;
import org.tiegraph.query.FixtureGraph;
import org.tiegraph.support.TestGraph;

/**
 * The API started once per JVM on a free port over a test graph, with a small HTTP client: {@link #fixture()} over the
 * hand-written fixture graph (the static shortcuts use it), {@link #seed()} over the shared seed harness.
 */
final class ApiTestServer {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static ApiTestServer fixture;
    private static ApiTestServer seed;

    private final Javalin app;

    /** A response: status, content type, body and headers. */
    record Reply(int status, String contentType, String body, HttpHeaders headers) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }
    }

    private ApiTestServer(Driver driver, String database) {
        ApiDependencies deps = new ApiDependencies(driver, database, Catalogue.load(),
                new ApiDependencies.RuntimeInfo("embedded", "bolt://localhost:7687", "test"),
                new ApiDependencies.ApiSettings(List.of(), Duration.ofSeconds(20), null));
        this.app = ApiServer.create(deps).start("127.0.0.1", 0);
        Runtime.getRuntime().addShutdownHook(new Thread(app::stop));
    }

    static synchronized ApiTestServer fixture() {
        if (fixture == null) {
            fixture = new ApiTestServer(FixtureGraph.driver(), FixtureGraph.DATABASE);
        }
        return fixture;
    }

    /** A server of its own over another graph (a fresh harness a test class wrote). */
    static ApiTestServer over(Driver driver, String database) {
        return new ApiTestServer(driver, database);
    }

    static synchronized ApiTestServer seed() {
        if (seed == null) {
            TestGraph graph = TestGraph.shared();
            seed = new ApiTestServer(graph.driver(), graph.database());
        }
        return seed;
    }

    Javalin javalin() {
        return app;
    }

    String url() {
        return "http://127.0.0.1:" + app.port();
    }

    Reply fetch(String pathAndQuery, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url() + pathAndQuery)).GET();
        if (headers.length > 0) {
            b.headers(headers);
        }
        return send(b.build());
    }

    Reply send(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(url() + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private static Reply send(HttpRequest request) {
        try {
            HttpResponse<String> r = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), r.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static Javalin app() {
        return fixture().javalin();
    }

    static String base() {
        return fixture().url();
    }

    static Reply get(String pathAndQuery, String... headers) {
        return fixture().fetch(pathAndQuery, headers);
    }

    static Reply post(String path, String json) {
        return fixture().send(path, json);
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
