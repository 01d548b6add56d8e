package org.tiegraph.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.tiegraph.api.DocumentIntake;
import org.tiegraph.api.RequestBounds;
import org.tiegraph.graph.LoadReport;
import org.tiegraph.support.TestGraph;

/**
 * The concurrency limit: with every slot taken, further {@code /api/} requests are refused with 429 problem+json and
 * Retry-After while {@code /api/health} still answers; slots come back when requests end, failed ones included.
 */
class ConcurrencyLimitTest {

    private static final String TOKEN = "s3cret-for-tests";

    @Test
    void fullServerAnswers429WithRetryAfterAndRecovers() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch loading = new CountDownLatch(1);
        DocumentIntake slow = (file, force) -> {
            loading.countDown();
            await(release);
            return new LoadReport("slow", file.toString(), "slow", LoadReport.UNCHANGED, "unchanged", 0, 0, 0, 0, 0,
                    0, 0, 0, 0, 0, List.of(), List.of(), 1);
        };
        RequestBounds twoSlots = new RequestBounds(2, Duration.ofMillis(50), Duration.ofSeconds(2), 1024 * 1024);
        try (ApiUnderTest api = new ApiUnderTest(TestGraph.shared().driver(), "embedded", Duration.ofSeconds(20), TOKEN,
                twoSlots, slow)) {
            // two writes hold both slots: one inside the intake, one waiting for the write lock
            List<CompletableFuture<ApiUnderTest.Reply>> writes = List.of(
                    CompletableFuture.supplyAsync(() -> upload(api)), CompletableFuture.supplyAsync(() -> upload(api)));
            assertThat(loading.await(30, TimeUnit.SECONDS)).isTrue();
            ApiUnderTest.Reply refused = awaitRefusal(api);
            assertThat(refused.status()).isEqualTo(429);
            assertThat(refused.isProblem()).isTrue();
            assertThat(refused.headers().firstValue("Retry-After")).contains("2");
            assertThat(refused.json().path("detail").asText()).contains("concurrency limit", "2 requests");

            assertThat(api.get("/api/health").status()).isEqualTo(200);

            release.countDown();
            for (var w : writes) {
                assertThat(w.get(30, TimeUnit.SECONDS).status()).isEqualTo(200);
            }
            // failing requests give their slot back too
            for (int i = 0; i < 20; i++) {
                assertThat(api.get("/api/entities?limit=-" + i).status()).isEqualTo(400);
                assertThat(api.get("/api/entities/no-such-entity-" + i).status()).isEqualTo(404);
            }
            assertThat(api.get("/api/stats").status()).isEqualTo(200);
            assertThat(api.get("/api/entities?q=china").status()).isEqualTo(200);
        }
    }

    /** Asks until a request is refused (the two writes may take a moment to hold both slots). */
    private static ApiUnderTest.Reply awaitRefusal(ApiUnderTest api) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        ApiUnderTest.Reply reply;
        do {
            reply = api.get("/api/stats");
            if (reply.status() == 429) {
                return reply;
            }
            Thread.sleep(20);
        } while (System.nanoTime() < deadline);
        return reply;
    }

    private static ApiUnderTest.Reply upload(ApiUnderTest api) {
        return api.post("/api/documents?filename=slow.txt", "Some text.".getBytes(StandardCharsets.UTF_8),
                "Authorization", "Bearer " + TOKEN);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
