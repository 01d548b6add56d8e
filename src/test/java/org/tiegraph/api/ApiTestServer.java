package org.tiegraph.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.tiegraph.extract.Catalogue;
import org.tiegraph.query.FixtureGraph;

/** The API over the shared fixture graph, started once on a free port, and a small HTTP client for tests. */
final class ApiTestServer {

    private static Javalin app;
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    static final ObjectMapper JSON = new ObjectMapper();

    /** A response: status, content type and body. */
    record Reply(int status, String contentType, String body, java.net.http.HttpHeaders headers) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }
    }

    private ApiTestServer() {
    }

    static synchronized Javalin app() {
        if (app == null) {
            ApiDependencies deps = new ApiDependencies(FixtureGraph.driver(), FixtureGraph.DATABASE, Catalogue.load(),
                    new ApiDependencies.RuntimeInfo("embedded", "bolt://localhost:7687", "test"),
                    new ApiDependencies.ApiSettings(List.of(), Duration.ofSeconds(20), null));
            app = ApiServer.create(deps).start("127.0.0.1", 0);
            Runtime.getRuntime().addShutdownHook(new Thread(app::stop));
        }
        return app;
    }

    static String base() {
        return "http://127.0.0.1:" + app().port();
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static Reply get(String pathAndQuery, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + pathAndQuery)).GET();
        if (headers.length > 0) {
            b.headers(headers);
        }
        return send(b.build());
    }

    static Reply post(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(base() + path))
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
}
