package org.tiegraph.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.Test;
import org.tiegraph.api.DocumentIntake;
import org.tiegraph.graph.LoadReport;
import org.tiegraph.support.TestGraph;

/**
 * A storm of heavy requests (16 clients asking for depth-3 neighbourhoods, 6-hop paths and patterns without pause)
 * while 4 clients search and open entities, health is polled and 5 documents are uploaded: the light requests, health
 * and uploads are all answered; only heavy requests queue or are refused. Prints what it measured (statuses, light
 * latencies, resident memory before and after).
 */
class StormTest {

    private static final String TOKEN = "storm-test-write-token";
    private static final Duration STORM = Duration.ofSeconds(20);
    private static final List<String> HEAVY = List.of("/api/entities/russia/neighborhood?depth=3&limit=1000",
            "/api/paths?from=china&to=iran&maxHops=6&limit=100", "/api/entities/china/neighborhood?depth=3&limit=1000",
            "/api/paths/pattern?p=State%3E*%3E*%3EState&limit=100", "/api/paths?from=north-korea&to=iran&maxHops=6");
    private static final List<String> LIGHT = List.of("/api/entities?q=china", "/api/entities/china",
            "/api/entities?q=drones", "/api/entities/russia", "/api/documents");

    @Test
    void lightRequestsHealthAndWritesAreAnsweredDuringAHeavyStorm() throws Exception {
        DocumentIntake quickIntake = (file, force) -> new LoadReport("storm", file.getFileName().toString(), "storm",
                LoadReport.UNCHANGED, "unchanged", 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, List.of(), List.of(), 1);
        try (ApiUnderTest api = new ApiUnderTest(TestGraph.shared().driver(), "embedded", Duration.ofSeconds(10),
                TOKEN, null, quickIntake)) {
            for (String path : HEAVY) {
                api.get(path); // plans compiled before the storm
            }
            long rssBefore = rssMiB();
            Map<String, Map<Integer, LongAdder>> statuses = new ConcurrentHashMap<>();
            List<Long> lightNanos = Collections.synchronizedList(new ArrayList<>());
            long end = System.nanoTime() + STORM.toNanos();
            HttpClient client = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(4))
                    .connectTimeout(Duration.ofSeconds(5)).build();
            try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
                for (int c = 0; c < 16; c++) {
                    int offset = c;
                    clients.submit(() -> loop(client, api, HEAVY, offset, end, "heavy", statuses, null, 0));
                }
                for (int c = 0; c < 4; c++) {
                    int offset = c;
                    clients.submit(() -> loop(client, api, LIGHT, offset, end, "light", statuses, lightNanos, 50));
                }
                clients.submit(() -> loop(client, api, List.of("/api/health"), 0, end, "health", statuses, null, 500));
                clients.submit(() -> {
                    for (int i = 0; i < 5; i++) {
                        sleep(STORM.toMillis() / 6);
                        var reply = api.post("/api/documents?filename=storm-" + i + ".txt",
                                "Russia buys drones from Iran.".getBytes(StandardCharsets.UTF_8),
                                "Authorization", "Bearer " + TOKEN);
                        count(statuses, "write", reply.status());
                    }
                });
            }
            client.close();
            long rssAfter = rssMiB();
            Map<String, Map<Integer, Long>> seen = new TreeMap<>();
            statuses.forEach((kind, byStatus) -> {
                Map<Integer, Long> counts = new TreeMap<>();
                byStatus.forEach((status, n) -> counts.put(status, n.sum()));
                seen.put(kind, counts);
            });
            List<Long> sorted = new ArrayList<>(lightNanos);
            Collections.sort(sorted);
            System.out.printf("storm: %s; light p50 %.1f ms, p99 %.1f ms, max %.1f ms; RSS %d -> %d MiB%n", seen,
                    millis(sorted, 0.5), millis(sorted, 0.99), millis(sorted, 1.0), rssBefore, rssAfter);

            assertThat(seen.get("light").keySet()).as("light requests never refused").containsOnly(200);
            assertThat(seen.get("health").keySet()).containsOnly(200);
            assertThat(seen.get("write")).isEqualTo(Map.of(200, 5L));
            assertThat(seen.get("heavy").keySet()).as("heavy requests answered, queued or refused").isSubsetOf(200, 429, 504);
        }
    }

    private static void loop(HttpClient client, ApiUnderTest api, List<String> paths, int offset, long end, String kind,
                             Map<String, Map<Integer, LongAdder>> statuses, List<Long> nanos, long pauseMillis) {
        int i = offset;
        while (System.nanoTime() < end) {
            long t0 = System.nanoTime();
            int status;
            try {
                status = client.send(HttpRequest.newBuilder(URI.create(api.url(paths.get(i++ % paths.size()))))
                        .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (Exception e) {
                status = -1;
            }
            count(statuses, kind, status);
            if (nanos != null && status == 200) {
                nanos.add(System.nanoTime() - t0);
            }
            sleep(status == 429 ? 50 : pauseMillis);
        }
    }

    private static void count(Map<String, Map<Integer, LongAdder>> statuses, String kind, int status) {
        statuses.computeIfAbsent(kind, k -> new ConcurrentHashMap<>()).computeIfAbsent(status, s -> new LongAdder())
                .increment();
    }

    /** Resident memory of this JVM (the harness's Neo4j included), from /proc; -1 elsewhere. */
    static long rssMiB() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (java.io.IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    private static double millis(List<Long> sorted, double quantile) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.min(sorted.size() - 1, Math.ceil(quantile * sorted.size()) - 1);
        return sorted.get(Math.max(0, index)) / 1e6;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
