package org.tiegraph.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks the running API what people ask first (schema, stats, documents, a search, an entity, its neighbourhood at depth
 * 1 and 2, an edge, paths, a pattern), so Neo4j has planned those statements and the JVM has compiled their code before
 * anyone waits on them. Measured on a cold JVM: the first neighbourhood took 8.7 s (planning), the second 2.3 s (Neo4j
 * recompiles a plan's expressions on its second run), the third 0.2 s; so every question is asked twice, about two
 * entities (a repeated question would be answered from the answer cache).
 */
final class QueryWarmUp {

    private static final Logger LOG = LoggerFactory.getLogger(QueryWarmUp.class);
    private static final Duration ANSWER_WAIT = Duration.ofSeconds(120);

    private final String base;
    private final ObjectMapper json = new ObjectMapper();

    /** {@code base}: the API's address, e.g. {@code http://127.0.0.1:8080}. */
    QueryWarmUp(String base) {
        this.base = base;
    }

    /** Asks every question; true when the graph held two entities to ask about (else only the first few ran). */
    boolean run() {
        long t0 = System.nanoTime();
        try (HttpClient http = HttpClient.newHttpClient()) {
            for (int round = 0; round < 2; round++) {
                for (String path : List.of("/api/schema", "/api/stats", "/api/documents")) {
                    get(http, path);
                }
            }
            List<JsonNode> entities = new ArrayList<>();
            get(http, "/api/entities?limit=2").path("items").forEach(entities::add);
            if (entities.size() < 2) {
                return false;
            }
            ask(http, entities.get(0), entities.get(1).path("id").asText());
            ask(http, entities.get(1), entities.get(0).path("id").asText());
            LOG.info("queries warmed up in {} ms", (System.nanoTime() - t0) / 1_000_000);
            return true;
        } catch (IOException | RuntimeException e) {
            LOG.info("query warm-up stopped: {}", e.getMessage());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The questions about one entity (and a path from it to {@code other}). */
    private void ask(HttpClient http, JsonNode entity, String other) throws IOException, InterruptedException {
        String id = encode(entity.path("id").asText());
        String name = entity.path("name").asText();
        get(http, "/api/entities?q=" + encode(name.substring(0, Math.min(3, name.length()))));
        get(http, "/api/entities/" + id);
        JsonNode near = get(http, "/api/entities/" + id + "/neighborhood?depth=1");
        get(http, "/api/entities/" + id + "/neighborhood?depth=2");
        if (!near.path("edges").isEmpty()) {
            get(http, "/api/edges/" + encode(near.path("edges").get(0).path("id").asText()));
        }
        get(http, "/api/paths?from=" + id + "&to=" + encode(other) + "&maxHops=4");
        get(http, "/api/paths/pattern?p=" + encode(entity.path("id").asText() + ">*"));
    }

    private JsonNode get(HttpClient http, String path) throws IOException, InterruptedException {
        HttpResponse<String> reply = http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(ANSWER_WAIT)
                .build(), HttpResponse.BodyHandlers.ofString());
        LOG.debug("warm-up {}: {}", path, reply.statusCode());
        return reply.statusCode() == 200 ? json.readTree(reply.body()) : json.missingNode();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
