package org.tiegraph.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The targets the product is held to (issues 6 and 13), checked against a run's figures. */
final class Targets {

    static final double API_OVER_DRIVER_P50 = 1.3;
    static final double NEIGHBOURHOOD_2_P99_MS = 20;
    static final double PATTERN_P99_MS = 100;
    static final double PATHS_P99_MS = 200;
    static final double NEIGHBOURHOOD_RPS_16 = 2000;
    static final double BULK_REL_PER_S = 50_000;
    static final double SEED_LOAD_WARM_MS = 2000;

    private Targets() {
    }

    static List<BenchReport.TargetCheck> check(BenchReport.Write write, List<BenchReport.OperationLatency> latency,
                                               List<BenchReport.Throughput> throughput, BenchReport.SeedLoad seed) {
        List<BenchReport.TargetCheck> out = new ArrayList<>();
        for (BenchReport.OperationLatency l : latency) {
            out.add(new BenchReport.TargetCheck("API p50 ≤ 1.3 × driver p50: " + l.operation(),
                    f("%.2f ms / %.2f ms = %.2f×", l.api().p50(), l.driver().p50(), l.ratioP50()),
                    l.api().count() == 0 ? null : l.ratioP50() <= API_OVER_DRIVER_P50));
        }
        latencyOf(latency, Workload.Operation.NEIGHBOURHOOD_2).ifPresent(l -> out.add(new BenchReport.TargetCheck(
                "neighbourhood depth 2 API p99 < 20 ms (held at 1m)", f("%.1f ms", l.api().p99()),
                l.api().count() == 0 ? null : l.api().p99() < NEIGHBOURHOOD_2_P99_MS)));
        latencyOf(latency, Workload.Operation.PATTERN).ifPresent(l -> out.add(new BenchReport.TargetCheck(
                "typed pattern API p99 < 100 ms (held at 1m)", f("%.1f ms", l.api().p99()),
                l.api().count() == 0 ? null : l.api().p99() < PATTERN_P99_MS)));
        latencyOf(latency, Workload.Operation.PATHS).ifPresent(l -> out.add(new BenchReport.TargetCheck(
                "k-shortest paths API p99 < 200 ms (held at 1m)", f("%.1f ms", l.api().p99()),
                l.api().count() == 0 ? null : l.api().p99() < PATHS_P99_MS)));
        for (String via : List.of(RequestMeasurements.VIA_API, RequestMeasurements.VIA_CACHED_API)) {
            throughput.stream()
                    .filter(t -> t.operation().equals(Workload.Operation.NEIGHBOURHOOD_1.label) && t.via().equals(via)
                            && t.clients() == 16)
                    .findFirst()
                    .ifPresent(t -> out.add(new BenchReport.TargetCheck(
                            "≥ 2000 neighbourhood (depth 1) API requests/s with 16 clients"
                                    + (via.equals(RequestMeasurements.VIA_API) ? ", every request reading the database"
                                    : ", answer cache on"),
                            f("%.0f req/s (%.0f per CPU second)", t.requestsPerSecond(), t.requestsPerCpuSecond()),
                            t.requestsPerSecond() >= NEIGHBOURHOOD_RPS_16)));
        }
        out.add(write == null
                ? new BenchReport.TargetCheck("bulk write ≥ 50 000 relationships/s", "not measured (kept store)", null)
                : new BenchReport.TargetCheck("bulk write ≥ 50 000 relationships/s",
                f("%.0f rel/s (%.0f per CPU second)", write.relationshipsPerSecond(), write.relationshipsPerCpuSecond()),
                write.relationshipsPerSecond() >= BULK_REL_PER_S));
        out.add(seed == null
                ? new BenchReport.TargetCheck("seed document loads in < 2 s on a warm JVM", "not measured", null)
                : new BenchReport.TargetCheck("seed document loads in < 2 s on a warm JVM",
                f("%.0f ms warm median (first %.0f ms)", seed.warmMedianMillis(), seed.firstMillis()),
                seed.warmMedianMillis() < SEED_LOAD_WARM_MS));
        return out;
    }

    private static java.util.Optional<BenchReport.OperationLatency> latencyOf(List<BenchReport.OperationLatency> all,
                                                                           Workload.Operation op) {
        return all.stream().filter(l -> l.operation().equals(op.label)).findFirst();
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
