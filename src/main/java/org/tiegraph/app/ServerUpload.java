package org.tiegraph.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tiegraph.ingest.DocumentException;
import org.tiegraph.ingest.DocumentReader;

/**
 * {@code tiegraph load} through a running server: each document (and its sidecar's title, date, author, source, venue,
 * kind) goes to {@code POST /api/documents} with the write token, and each answer becomes one line.
 */
final class ServerUpload {

    private static final List<String> FIELDS = List.of("title", "date", "author", "source", "venue", "kind");
    private static final Duration ANSWER_WAIT = Duration.ofMinutes(10);

    private final String url;
    private final String token;
    private final ObjectMapper json = new ObjectMapper();

    /** {@code url}: the server's API base (no trailing slash); {@code token}: its write token. */
    ServerUpload(String url, String token) {
        this.url = url;
        this.token = token;
    }

    /**
     * Loads every file in order and prints a line for each and the totals; returns the exit code (1 when a document
     * failed). Stops with a {@link StartFailure} when the server refuses every write (no or a wrong token) or is gone.
     */
    int load(List<Path> files, boolean force, PrintStream out) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()) {
            for (Path file : files) {
                String status = loadOne(http, file, force, out);
                counts.merge(status, 1, Integer::sum);
            }
        }
        out.printf("load report (through the server at %s): %d documents loaded, %d unchanged, %d duplicates, "
                        + "%d failed%n", url, counts.getOrDefault("loaded", 0), counts.getOrDefault("unchanged", 0),
                counts.getOrDefault("duplicate", 0), counts.getOrDefault("failed", 0));
        return counts.getOrDefault("failed", 0) > 0 ? 1 : 0;
    }

    private String loadOne(HttpClient http, Path file, boolean force, PrintStream out) {
        String name = file.getFileName().toString();
        HttpResponse<String> reply;
        try {
            StringBuilder query = new StringBuilder("?filename=").append(encode(name)).append("&force=").append(force);
            DocumentReader.metadata(file).forEach((field, value) -> {
                if (FIELDS.contains(field) && value != null && !value.isBlank()) {
                    query.append('&').append(field).append('=').append(encode(value));
                }
            });
            reply = http.send(HttpRequest.newBuilder(URI.create(url + "/api/documents" + query))
                    .timeout(ANSWER_WAIT).header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/octet-stream")
                    .POST(HttpRequest.BodyPublishers.ofFile(file)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (DocumentException e) {
            out.println("FAILED " + file + ": " + e.reason());
            return "failed";
        } catch (IOException e) {
            throw new StartFailure("the tiegraph server at " + url + " does not answer (" + e.getMessage()
                    + "); is it still running?");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StartFailure("interrupted while loading " + file);
        }
        JsonNode body = parse(reply.body());
        switch (reply.statusCode()) {
            case 401 -> throw new StartFailure("the tiegraph server at " + url + " refused the write token; set "
                    + "TIEGRAPH_WRITE_TOKEN (or --write-token-file) to the token it was started with");
            case 403 -> throw new StartFailure("the tiegraph server at " + url + " was started without a write token, "
                    + "so it takes no documents: restart it with TIEGRAPH_WRITE_TOKEN set (or stop it and load "
                    + "directly), then load again");
            case 200, 201 -> {
                String status = body.path("status").asText();
                out.println(switch (status) {
                    case "loaded" -> String.format("loaded %s (%s): %d sentences, %d entities, %d edges (%d evidence), "
                                    + "%d rejected, %d ms", body.path("documentId").asText(), name,
                            body.path("sentences").asInt(), body.path("entities").asInt(), body.path("edges").asInt(),
                            body.path("evidence").asInt(), body.path("rejected").size(), body.path("millis").asLong());
                    case "unchanged" -> "unchanged " + body.path("documentId").asText() + " (" + name + ")";
                    default -> status + " " + file + ": " + body.path("message").asText();
                });
                return status;
            }
            default -> {
                out.println("FAILED " + file + ": " + body.path("detail").asText("HTTP " + reply.statusCode()));
                return "failed";
            }
        }
    }

    private JsonNode parse(String body) {
        try {
            return json.readTree(body == null || body.isBlank() ? "{}" : body);
        } catch (IOException e) {
            return json.createObjectNode();
        }
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
