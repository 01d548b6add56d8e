package org.tiegraph.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.Test;
import org.tiegraph.support.TestGraph;

/**
 * A bounded load test on loopback: 16 then 160 concurrent clients (10x) for a fixed time each against the API with its
 * default bounds. Asserts only what must hold on any machine: the server stays up, answers are 2xx or 429 (with
 * Retry-After), never 5xx. Prints what it measured: throughput, p50/p99 of admitted requests, rejections, heap.
 */
class LoadTest {

    private static final Duration STAGE = Duration.ofSeconds(20);
    private static final List<String> MIX = List.of("/api/entities?q=china", "/api/entities/china",
            "/api/entities/russia/neighborhood", "/api/entities/china/neighborhood?depth=2&limit=200",
            "/api/paths?from=china&to=iran&maxHops=4", "/api/documents", "/api/stats", "/api/sources?limit=20");

    /** What one stage saw. */
    record Stage(int clients, long requests, Map<Integer, Long> statuses, double p50, double p99, double max,
                 long heapBeforeMb, long heapAfterMb, boolean retryAfterOnEvery429) {
    }

    @Test
    void tenfoldLoadIsRefusedWith429NotBrokenWith5xx() throws Exception {
        try (ApiUnderTest api = ApiUnderTest.readOnly(TestGraph.shared().driver(), Duration.ofSeconds(10))) {
            for (String path : MIX) { // plans compiled and JIT warm before measuring
                for (int i = 0; i < 3; i++) {
                    api.get(path);
                }
            }
            List<Stage> stages = new ArrayList<>();
            for (int clients : new int[] {16, 160}) {
                Stage stage = run(api, clients);
                stages.add(stage);
                System.out.printf("load stage: %s%n", stage);
                assertThat(stage.statuses().keySet()).as("only 200 or 429").isSubsetOf(200, 429);
                assertThat(stage.retryAfterOnEvery429()).isTrue();
                assertThat(api.get("/api/health").status()).as("up after the stage").isEqualTo(200);
            }
            assertThat(stages.getLast().statuses().getOrDefault(200, 0L)).isPositive();
        }
    }

    private static Stage run(ApiUnderTest api, int clients) throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long heapBefore = memory.getHeapMemoryUsage().getUsed() / (1024 * 1024);
        Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
        List<Long> admittedNanos = Collections.synchronizedList(new ArrayList<>());
        LongAdder missingRetryAfter = new LongAdder();
        long deadline = System.nanoTime() + STAGE.toNanos();
        HttpClient client = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(4))
                .connectTimeout(Duration.ofSeconds(5)).build();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int c = 0; c < clients; c++) {
                int offset = c;
                pool.submit(() -> {
                    int i = offset;
                    while (System.nanoTime() < deadline) {
                        String path = MIX.get(i++ % MIX.size());
                        long t0 = System.nanoTime();
                        int status;
                        try {
                            HttpResponse<Void> r = client.send(HttpRequest.newBuilder(URI.create(api.url(path)))
                                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.discarding());
                            status = r.statusCode();
                            if (status == 429 && r.headers().firstValue("Retry-After").isEmpty()) {
                                missingRetryAfter.increment();
                            }
                        } catch (Exception e) {
                            status = -1;
                        }
                        long took = System.nanoTime() - t0;
                        statuses.computeIfAbsent(status, s -> new LongAdder()).increment();
                        if (status == 200) {
                            admittedNanos.add(took);
                        } else if (status == 429) {
                            sleepQuietly(50); // a polite client backs off a little; a rude one is still refused
                        }
                    }
                });
            }
        }
        client.close();
        System.gc();
        long heapAfter = memory.getHeapMemoryUsage().getUsed() / (1024 * 1024);
        List<Long> sorted = new ArrayList<>(admittedNanos);
        Collections.sort(sorted);
        Map<Integer, Long> byStatus = new TreeMap<>();
        statuses.forEach((k, v) -> byStatus.put(k, v.sum()));
        long total = byStatus.values().stream().mapToLong(Long::longValue).sum();
        return new Stage(clients, total, byStatus, millis(sorted, 0.50), millis(sorted, 0.99), millis(sorted, 1.0),
                heapBefore, heapAfter, missingRetryAfter.sum() == 0);
    }

    private static double millis(List<Long> sorted, double quantile) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.min(sorted.size() - 1, Math.ceil(quantile * sorted.size()) - 1);
        return Math.round(sorted.get(Math.max(0, index)) / 100_000.0) / 10.0;
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
