package org.tiegraph.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * How a bench run is configured: the graph (size label, entity count, seed), the write batch size, the request mix,
 * the measuring budgets (warm-up, latency and throughput phases are each bounded by a request count and a time), and
 * the seed documents whose load time is measured.
 */
public record BenchSettings(String size, int entities, long seed, int batchRows, int requestsPerOperation,
                            Duration warmup, int latencyRequests, Duration latencyBudget, Duration throughputDuration,
                            int throughputRequests, List<Integer> clients, List<Path> seedDocuments, int seedLoads,
                            Duration queryTimeout) {

    /** Entities for a size label: {@code 10k}, {@code 100k}, {@code 1m}, or a plain number. */
    public static int entities(String size) {
        String s = size.strip().toLowerCase(Locale.ROOT);
        long factor = 1;
        if (s.endsWith("k")) {
            factor = 1_000;
            s = s.substring(0, s.length() - 1);
        } else if (s.endsWith("m")) {
            factor = 1_000_000;
            s = s.substring(0, s.length() - 1);
        }
        long n;
        try {
            n = Long.parseLong(s) * factor;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("size must be like 10k, 100k, 1m or a number of entities, not '" + size + "'");
        }
        if (n < SyntheticGraph.HUB_STATES * 4 || n > 20_000_000) {
            throw new IllegalArgumentException("size must be between " + SyntheticGraph.HUB_STATES * 4
                    + " and 20m entities, not " + size);
        }
        return (int) n;
    }
}
