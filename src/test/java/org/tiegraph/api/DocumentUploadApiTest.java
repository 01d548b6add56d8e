package org.tiegraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tiegraph.graph.GraphWriter;
import org.tiegraph.support.TestGraph;

/**
 * Uploads with metadata (query parameters or a multipart form), the same text under another name, and answers that
 * never show where the server keeps files.
 */
class DocumentUploadApiTest {

    private static final String TOKEN = "upload-test-token";
    private static final String TEMPORARY = "tiegraph-upload-";
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private static TestGraph graph;
    private static Javalin app;

    @BeforeAll
    static void start() {
        graph = TestGraph.fresh();
        app = ApiServer.create(new ApiDependencies(graph.driver(), graph.database(), graph.catalogue(),
                new ApiDependencies.RuntimeInfo("embedded", graph.boltUri(), "test"),
                new ApiDependencies.ApiSettings(List.of(), Duration.ofSeconds(20), TOKEN),
                (file, force) -> graph.loader().loadOne(file, force))).start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        app.stop();
        graph.close();
    }

    @Test
    void metadataGivenAsQueryParametersIsKeptAndNoServerFolderIsShown() {
        var reply = post("/api/documents?filename=drone-deliveries.txt&title=" + enc("Drone deliveries")
                + "&date=2024-10&author=" + enc("A. Analyst") + "&source=" + enc("https://example.org/brief"),
                "text/plain", "Iran supplies Shahed drones to Russia.\n".getBytes(StandardCharsets.UTF_8));
        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(201);
        JsonNode report = json(reply.body());
        assertThat(report.path("file").asText()).isEqualTo("drone-deliveries.txt");
        assertThat(report.has("path")).isFalse();
        assertThat(report.path("title").asText()).isEqualTo("Drone deliveries");

        JsonNode doc = json(get("/api/documents/drone-deliveries").body());
        assertThat(doc.path("title").asText()).isEqualTo("Drone deliveries");
        assertThat(doc.path("metadata").path("date").asText()).isEqualTo("2024-10");
        assertThat(doc.path("metadata").path("author").asText()).isEqualTo("A. Analyst");
        assertThat(doc.path("metadata").path("source").asText()).isEqualTo("https://example.org/brief");
        for (String path : List.of("/api/documents", "/api/documents/drone-deliveries",
                "/api/documents/drone-deliveries/report")) {
            assertThat(get(path).body()).as(path).doesNotContain(TEMPORARY).doesNotContain("\"path\"");
        }
        var reload = post("/api/documents/drone-deliveries/reload", "text/plain", new byte[0]);
        assertThat(reload.statusCode()).isEqualTo(409);
        assertThat(reload.body()).contains("upload it again").doesNotContain(TEMPORARY);
    }

    @Test
    void aMultipartFormCarriesTheFileAndItsFields() {
        Multipart form = new Multipart()
                .field("title", "Shells for Russia").field("author", "Desk B").field("date", "2023")
                .file("file", "shells-report.md", "# Shells\n\nNorth Korea supplies artillery shells to Russia.\n");
        var reply = post("/api/documents", form.contentType(), form.body());
        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(201);
        assertThat(json(reply.body()).path("documentId").asText()).isEqualTo("shells-report");
        JsonNode doc = json(get("/api/documents/shells-report").body());
        assertThat(doc.path("title").asText()).isEqualTo("Shells for Russia");
        assertThat(doc.path("metadata").path("author").asText()).isEqualTo("Desk B");
        assertThat(doc.path("metadata").path("date").asText()).isEqualTo("2023");
    }

    @Test
    void theSameTextUnderAnotherNameIsRecognisedAndNotCountedTwice() {
        byte[] text = "Belarus supplies drones to Russia.\n".getBytes(StandardCharsets.UTF_8);
        assertThat(post("/api/documents?filename=belarus-one.txt", "text/plain", text).statusCode()).isEqualTo(201);
        String edge = GraphWriter.edgeId("belarus", "SUPPLIES", "drones");
        assertThat(json(get("/api/edges/" + edge).body()).path("edge").path("evidenceCount").asInt()).isEqualTo(1);

        var again = post("/api/documents?filename=belarus-two.txt", "text/plain", text);
        assertThat(again.statusCode()).isEqualTo(200);
        JsonNode report = json(again.body());
        assertThat(report.path("status").asText()).isEqualTo("duplicate");
        assertThat(report.path("documentId").asText()).isEqualTo("belarus-one");
        assertThat(again.headers().firstValue("Location")).contains("/api/documents/belarus-one");
        assertThat(get("/api/documents/belarus-two").statusCode()).isEqualTo(404);
        assertThat(json(get("/api/edges/" + edge).body()).path("edge").path("evidenceCount").asInt()).isEqualTo(1);
    }

    @Test
    void badMetadataAndMalformedUploadsAreProblemsNamingTheField() {
        byte[] text = "Text.\n".getBytes(StandardCharsets.UTF_8);
        var badDate = post("/api/documents?filename=a.txt&date=" + enc("last spring"), "text/plain", text);
        assertThat(badDate.statusCode()).isEqualTo(400);
        assertThat(json(badDate.body()).path("parameter").asText()).isEqualTo("date");
        var longTitle = post("/api/documents?filename=a.txt&title=" + "t".repeat(501), "text/plain", text);
        assertThat(longTitle.statusCode()).isEqualTo(400);
        assertThat(json(longTitle.body()).path("parameter").asText()).isEqualTo("title");
        Multipart noFile = new Multipart().field("title", "Nothing attached");
        var missing = post("/api/documents", noFile.contentType(), noFile.body());
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(json(missing.body()).path("parameter").asText()).isEqualTo("file");
        var failed = post("/api/documents?filename=binary.txt", "application/octet-stream", new byte[] {0, 1, 2, 0});
        assertThat(failed.statusCode()).isEqualTo(422);
        assertThat(failed.body()).doesNotContain(TEMPORARY).contains("\"file\":\"binary.txt\"");
    }

    /** A multipart/form-data body built by hand (the JDK client has no builder for one). */
    private static final class Multipart {
        private final String boundary = "tiegraph-test-boundary";
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Multipart field(String name, String value) {
            write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n");
            return this;
        }

        Multipart file(String name, String fileName, String content) {
            write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + fileName
                    + "\"\r\nContent-Type: text/plain\r\n\r\n" + content + "\r\n");
            return this;
        }

        String contentType() {
            return "multipart/form-data; boundary=" + boundary;
        }

        byte[] body() {
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            all.writeBytes(out.toByteArray());
            all.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return all.toByteArray();
        }

        private void write(String s) {
            out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static HttpResponse<String> post(String path, String contentType, byte[] body) {
        return send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + TOKEN)
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    private static HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + app.port() + path);
    }

    private static JsonNode json(String body) {
        try {
            return ApiTestServer.JSON.readTree(body);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("not JSON: " + body, e);
        }
    }

    private static String enc(String s) {
        return ApiTestServer.encode(s);
    }
}
