package org.tiegraph.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.neo4j.driver.Driver;
import org.tiegraph.api.ApiDependencies;
import org.tiegraph.api.ApiServer;
import org.tiegraph.api.DocumentIntake;
import org.tiegraph.api.RequestBounds;
import org.tiegraph.catalogue.Catalogue;

/** The API on a loopback port over a given driver, with the settings a test chooses, and a small HTTP client. */
final class ApiUnderTest implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();

    /** A response: status, content type, body and headers. */
    record Reply(int status, String contentType, String body, HttpHeaders headers) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }

        boolean isProblem() {
            return contentType.startsWith("application/problem+json");
        }
    }

    private final Javalin app;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    ApiUnderTest(Driver driver, String mode, Duration queryTimeout, String writeToken, RequestBounds bounds,
                 DocumentIntake intake) {
        ApiDependencies deps = new ApiDependencies(driver, "neo4j", Catalogue.load(),
                new ApiDependencies.RuntimeInfo(mode, "bolt://localhost:7687", "test"),
                new ApiDependencies.ApiSettings(List.of(), queryTimeout, writeToken, bounds), intake);
        this.app = ApiServer.create(deps).start("127.0.0.1", 0);
    }

    /** A read-only API with default bounds. */
    static ApiUnderTest readOnly(Driver driver, Duration queryTimeout) {
        return new ApiUnderTest(driver, "embedded", queryTimeout, null, null, null);
    }

    String url(String pathAndQuery) {
        return "http://127.0.0.1:" + app.port() + pathAndQuery;
    }

    int port() {
        return app.port();
    }

    HttpClient client() {
        return client;
    }

    Reply get(String pathAndQuery) {
        return send(HttpRequest.newBuilder(URI.create(url(pathAndQuery))).timeout(Duration.ofSeconds(60)).GET().build());
    }

    Reply post(String pathAndQuery, byte[] body, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(pathAndQuery))).timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (headers.length > 0) {
            b.headers(headers);
        }
        return send(b.build());
    }

    Reply send(HttpRequest request) {
        try {
            HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), r.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        app.stop();
    }
}
