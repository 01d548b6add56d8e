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
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks the running API what people ask first (schema, stats, documents, a search, an entity, its neighbourhood at depth
 * 1 and 2, an edge, paths, a pattern), so Neo4j has planned those statements and the JVM has compiled their code before
 * anyone waits on them. Measured on a cold JVM: the first neighbourhood took 8.7 s (planning), the second 2.3 s (Neo4j
 * recompiles a plan's expressions on its second run), the third 0.2 s; so every question is asked twice, about two
 * connected entities (a repeated question would be answered from the answer cache).
 */
final class QueryWarmUp {

    private static final Logger LOG = LoggerFactory.getLogger(QueryWarmUp.class);
    private static final Duration ANSWER_WAIT = Duration.ofSeconds(120);
    /** Entities tried, in id order, for one with edges to ask about. */
    private static final int CANDIDATES = 50;

    private final String base;
    private final ObjectMapper json = new ObjectMapper();

    /** {@code base}: the API's address, e.g. {@code http://127.0.0.1:8080}. */
    QueryWarmUp(String base) {
        this.base = base;
    }

    /** Asks every question; true when the graph held an entity with edges to ask about (else only the first few ran). */
    boolean run() {
        long t0 = System.nanoTime();
        try (HttpClient http = HttpClient.newHttpClient()) {
            for (int round = 0; round < 2; round++) {
                for (String path : List.of("/api/schema", "/api/stats", "/api/documents")) {
                    get(http, path);
                }
            }
            String a = null;
            for (JsonNode entity : get(http, "/api/entities?limit=" + CANDIDATES).path("items")) {
                String id = entity.path("id").asText();
                if (!get(http, "/api/entities/" + encode(id) + "/neighborhood?depth=1").path("edges").isEmpty()) {
                    a = id;
                    break;
                }
            }
            if (a == null) {
                return false;
            }
            String b = ask(http, a, null);
            if (b != null) {
                ask(http, b, a);
            }
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

    /**
     * The questions about entity {@code id}, with paths to {@code other}, or (when null) to an entity two hops away;
     * returns that entity (null when there is none).
     */
    private String ask(HttpClient http, String id, String other) throws IOException, InterruptedException {
        JsonNode entity = get(http, "/api/entities/" + encode(id));
        String name = entity.path("name").asText(id);
        get(http, "/api/entities?q=" + encode(name.substring(0, Math.min(3, name.length()))));
        JsonNode near = get(http, "/api/entities/" + encode(id) + "/neighborhood?depth=1");
        JsonNode far = get(http, "/api/entities/" + encode(id) + "/neighborhood?depth=2");
        if (!near.path("edges").isEmpty()) {
            get(http, "/api/edges/" + encode(near.path("edges").get(0).path("id").asText()));
        }
        String to = other;
        for (JsonNode node : far.path("nodes")) {
            if (to == null && !node.path("id").asText().equals(id)) {
                to = node.path("id").asText();
            }
        }
        if (to != null) {
            get(http, "/api/paths?from=" + encode(id) + "&to=" + encode(to) + "&maxHops=4");
        }
        get(http, "/api/paths/pattern?p=" + encode(id + ">*"));
        return to;
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
