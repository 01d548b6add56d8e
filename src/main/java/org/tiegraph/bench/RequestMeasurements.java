package org.tiegraph.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.neo4j.driver.Driver;

/**
 * Measures prepared requests through the REST API and through the raw driver replaying the statements the API ran:
 * mixed warm-up, sequential latency (one client, API and driver alternately) and throughput at several client counts
 * on three sides.
 */
final class RequestMeasurements {

    /** Throughput sides: the API reading the database for every request, the raw driver, the API with its cache. */
    static final String VIA_API = "api";
    static final String VIA_DRIVER = "driver";
    static final String VIA_CACHED_API = "api, answer cache";

    /** A request ready to measure: the HTTP path and the statements the API ran for it. */
    record Prepared(Workload.Request request, List<RecordingDriver.RecordedTransaction> transactions,
                    int statements, int bytes) {
    }

    /** The request of an operation that took longest on the driver side during the latency phase. */
    record Slowest(Prepared request, long nanos) {
    }

    private final BenchSettings settings;
    private final Driver driver;
    private final String database;
    private final Consumer<String> log;
    private final List<String> notes;

    /** Measures with {@code settings} against {@code driver}; logs progress and adds what went wrong to {@code notes}. */
    RequestMeasurements(BenchSettings settings, Driver driver, String database, Consumer<String> log, List<String> notes) {
        this.settings = settings;
        this.driver = driver;
        this.database = database;
        this.log = log;
        this.notes = notes;
    }

    private void callApi(ApiClient client, Prepared p) throws Exception {
        ApiClient.Answer answer = client.get(p.request().path());
        if (answer.status() != 200) {
            throw new IllegalStateException("HTTP " + answer.status() + " for " + p.request().path() + ": "
                    + answer.bodyStart());
        }
    }

    private void callDriver(Prepared p) {
        RecordingDriver.replay(driver, database, p.transactions());
    }

    /**
     * Mixed load over every operation, API and driver alternately, 8 clients, for the warm-up time: on 2 cores the
     * JIT needs about three minutes of load before small requests settle (their CPU cost halves again after the first
     * minute).
     */
    void warmUp(ApiClient client, Map<Workload.Operation, List<Prepared>> prepared) throws InterruptedException {
        if (settings.warmup().isZero()) {
            return;
        }
        List<Prepared> all = prepared.values().stream().flatMap(List::stream).toList();
        log.accept("warming up for " + settings.warmup().toSeconds() + " s (8 clients, every operation, API and driver)");
        LoadRunner.Outcome o = LoadRunner.run(8, Long.MAX_VALUE, settings.warmup(), i -> {
            Prepared p = all.get((int) ((i / 2 * 7919) % all.size()));
            if (i % 2 == 0) {
                callApi(client, p);
            } else {
                callDriver(p);
            }
        });
        log.accept(String.format(Locale.ROOT, "warm-up: %d requests, %d errors", o.requests(), o.errors()));
        if (o.errors() > 0) {
            notes.add("warm-up: " + o.errors() + " errors, first: " + o.firstError());
        }
    }

    /**
     * API and driver latency of one operation, one client, alternating which side goes first; notes the request that
     * was slowest on the driver side.
     */
    BenchReport.OperationLatency latency(ApiClient client, Workload.Operation op, List<Prepared> requests,
                                                 long captureErrors, Map<Workload.Operation, Slowest> slowest) {
        long[] api = new long[settings.latencyRequests()];
        long[] raw = new long[settings.latencyRequests()];
        boolean[] hub = new boolean[settings.latencyRequests()];
        int n = 0;
        long errors = captureErrors;
        long deadline = System.nanoTime() + settings.latencyBudget().toNanos();
        for (int i = 0; i < settings.latencyRequests() && System.nanoTime() < deadline; i++) {
            Prepared p = requests.get(i % requests.size());
            try {
                long a;
                long d;
                if (i % 2 == 0) {
                    a = timed(() -> callApi(client, p));
                    d = timed(() -> callDriver(p));
                } else {
                    d = timed(() -> callDriver(p));
                    a = timed(() -> callApi(client, p));
                }
                api[n] = a;
                raw[n] = d;
                hub[n] = p.request().hub();
                n++;
                if (!slowest.containsKey(op) || d > slowest.get(op).nanos()) {
                    slowest.put(op, new Slowest(p, d));
                }
            } catch (Exception e) {
                if (errors++ == captureErrors) {
                    notes.add(op.label + ": " + e.getMessage());
                }
            }
        }
        LatencyStats apiStats = LatencyStats.ofNanos(Arrays.copyOf(api, n));
        LatencyStats driverStats = LatencyStats.ofNanos(Arrays.copyOf(raw, n));
        log.accept(String.format(Locale.ROOT, "latency %s: API p50 %.2f p99 %.2f ms, driver p50 %.2f p99 %.2f ms (%d requests)",
                op.label, apiStats.p50(), apiStats.p99(), driverStats.p50(), driverStats.p99(), n));
        double ratio = driverStats.p50() == 0 ? 0 : Math.round(apiStats.p50() / driverStats.p50() * 100) / 100.0;
        int count = n;
        long[] ordinary = IntStream.range(0, count).filter(i -> !hub[i]).mapToLong(i -> api[i]).toArray();
        long[] hubs = IntStream.range(0, count).filter(i -> hub[i]).mapToLong(i -> api[i]).toArray();
        return new BenchReport.OperationLatency(op.label, requests.getFirst().request().path(), requests.size(),
                (int) requests.stream().filter(p -> p.request().hub()).count(),
                requests.stream().mapToInt(Prepared::statements).average().orElse(0),
                requests.stream().mapToInt(Prepared::bytes).average().orElse(0), apiStats, driverStats, ratio, errors,
                LatencyStats.ofNanos(ordinary), LatencyStats.ofNanos(hubs));
    }

    @FunctionalInterface
    private interface Work {
        void run() throws Exception;
    }

    private static long timed(Work work) throws Exception {
        long t0 = System.nanoTime();
        work.run();
        return System.nanoTime() - t0;
    }

    /**
     * Requests per second at each client count through the API (every request reads the database), the raw driver,
     * and the API with its answer cache on (after the first pass over the distinct requests, every request is a hit).
     */
    List<BenchReport.Throughput> throughput(ApiClient client, ApiClient cachedClient, Workload.Operation op,
                                                    List<Prepared> requests) throws InterruptedException {
        List<BenchReport.Throughput> out = new ArrayList<>();
        for (int clients : settings.clients()) {
            for (String via : List.of(VIA_API, VIA_DRIVER, VIA_CACHED_API)) {
                long cpu0 = ProcessStats.cpuNanos();
                LoadRunner.Outcome o = LoadRunner.run(clients, settings.throughputRequests(), settings.throughputDuration(),
                        i -> {
                            Prepared p = requests.get((int) (i % requests.size()));
                            switch (via) {
                                case VIA_API -> callApi(client, p);
                                case VIA_CACHED_API -> callApi(cachedClient, p);
                                default -> callDriver(p);
                            }
                        });
                if (o.errors() > 0) {
                    notes.add(op.label + " via " + via + " at " + clients + " clients: " + o.errors() + " errors, first: "
                            + o.firstError());
                }
                double cpu = (ProcessStats.cpuNanos() - cpu0) / 1e9;
                BenchReport.Throughput t = new BenchReport.Throughput(op.label, via, clients, o.requests(),
                        roundSeconds(o.seconds()), Math.round(o.perSecond() * 10) / 10.0, LatencyStats.ofNanos(o.nanos()),
                        o.errors(), roundSeconds(cpu), Math.round(o.nanos().length / cpu * 10) / 10.0);
                log.accept(String.format(Locale.ROOT, "throughput %s via %s, %d clients: %.0f req/s (p99 %.1f ms), "
                        + "%.0f per CPU second", op.label, via, clients, t.requestsPerSecond(), t.latency().p99(),
                        t.requestsPerCpuSecond()));
                out.add(t);
            }
        }
        return out;
    }

    /** Seconds to the millisecond, as the report shows them. */
    static double roundSeconds(double seconds) {
        return Math.round(seconds * 1000) / 1000.0;
    }
}
