package org.tiegraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The two admission lanes over stand-in endpoints that hold their slot as long as a test wants: heavy requests queue
 * and are refused when their lane is full, while light requests, health and writes keep being answered; a refusal's
 * Retry-After comes from how long the lane's requests have been taking.
 */
class RequestGateTest {

    private static final Duration WAIT = Duration.ofMillis(300);

    @Test
    void aFullHeavyLaneRefusesHeavyRequestsOnly() throws Exception {
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (Server server = new Server(holding, release, Duration.ZERO)) {
            CompletableFuture<Integer> held = server.async("/api/paths");
            assertThat(holding.await(30, TimeUnit.SECONDS)).isTrue();
            CompletableFuture<Integer> queued = server.async("/api/entities/x/neighborhood");
            Thread.sleep(100); // the second one is waiting for the slot
            HttpResponse<String> full = server.get("/api/paths/pattern");
            assertThat(full.statusCode()).isEqualTo(429);
            assertThat(full.headers().firstValue("Retry-After")).isPresent();
            assertThat(full.body()).contains("heavy");
            assertThat(queued.get(30, TimeUnit.SECONDS)).as("waited longer than the heavy wait").isEqualTo(429);

            assertThat(server.get("/api/entities").statusCode()).isEqualTo(200);
            assertThat(server.get("/api/entities/x").statusCode()).isEqualTo(200);
            assertThat(server.get("/api/health").statusCode()).isEqualTo(200);
            assertThat(server.post("/api/documents").statusCode()).as("writes are in no lane").isEqualTo(200);

            release.countDown();
            assertThat(held.get(30, TimeUnit.SECONDS)).isEqualTo(200);
            assertThat(server.get("/api/stats").statusCode()).as("the slot came back").isEqualTo(200);
        }
    }

    @Test
    void retryAfterFollowsHowLongTheLaneTakes() throws Exception {
        CountDownLatch holding = new CountDownLatch(3);
        CountDownLatch release = new CountDownLatch(1);
        try (Server server = new Server(holding, release, Duration.ofMillis(1_500))) {
            release.countDown();
            for (int i = 0; i < 2; i++) {
                assertThat(server.get("/api/schema").statusCode()).isEqualTo(200); // each takes at least 1.5 s
            }
            CompletableFuture<Integer> running = server.async("/api/schema");
            CompletableFuture<Integer> waiting = server.async("/api/schema");
            Thread.sleep(200);
            HttpResponse<String> refused = server.get("/api/schema");
            assertThat(refused.statusCode()).isEqualTo(429);
            // two ahead of it at 1.5 s or more each, one slot: at least 3 s (the floor is 1 s)
            assertThat(Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow())).isGreaterThanOrEqualTo(3);
            running.get(30, TimeUnit.SECONDS);
            waiting.get(30, TimeUnit.SECONDS);
        }
    }

    /** The gate in front of endpoints that count down {@code holding}, then wait for {@code release}, then sleep. */
    private static final class Server implements AutoCloseable {
        private final Javalin app;
        private final HttpClient client = HttpClient.newHttpClient();

        Server(CountDownLatch holding, CountDownLatch release, Duration extra) {
            RequestBounds bounds = new RequestBounds(4, WAIT, Duration.ofSeconds(1), 1024)
                    .withHeavyLane(1, 1, extra.isZero() ? WAIT : Duration.ofSeconds(10));
            Problems problems = new Problems(new ObjectMapper(), Duration.ofSeconds(10));
            RequestGate gate = new RequestGate(bounds, Duration.ofSeconds(10), problems);
            app = Javalin.create(config -> {
                problems.register(config);
                gate.register(config);
                for (String path : new String[] {"/api/paths", "/api/paths/pattern", "/api/entities/{id}/neighborhood",
                        "/api/stats", "/api/schema"}) {
                    config.routes.get(path, ctx -> {
                        holding.countDown();
                        release.await(30, TimeUnit.SECONDS);
                        Thread.sleep(extra.toMillis());
                        ctx.result("heavy");
                    });
                }
                config.routes.get("/api/entities", ctx -> ctx.result("light"));
                config.routes.get("/api/entities/{id}", ctx -> ctx.result("light"));
                config.routes.get("/api/health", ctx -> ctx.result("ok"));
                config.routes.post("/api/documents", ctx -> ctx.result("written"));
            }).start("127.0.0.1", 0);
        }

        HttpResponse<String> get(String path) throws Exception {
            return client.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path) throws Exception {
            return client.send(HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        CompletableFuture<Integer> async(String path) {
            return client.sendAsync(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.discarding())
                    .thenApply(HttpResponse::statusCode);
        }

        private URI uri(String path) {
            return URI.create("http://127.0.0.1:" + app.port() + path);
        }

        @Override
        public void close() {
            app.stop();
            client.close();
        }
    }
}
