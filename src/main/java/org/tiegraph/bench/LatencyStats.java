package org.tiegraph.bench;

import java.util.Arrays;

/**
 * Summary of a set of latency samples: count, nearest-rank percentiles (p50, p95, p99), mean and maximum, in
 * milliseconds.
 */
public record LatencyStats(int count, double p50, double p95, double p99, double mean, double max) {

    /** No samples. */
    public static final LatencyStats EMPTY = new LatencyStats(0, 0, 0, 0, 0, 0);

    /** Summarises samples given in nanoseconds (the array is not modified). */
    public static LatencyStats ofNanos(long[] nanos) {
        if (nanos.length == 0) {
            return EMPTY;
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double sum = 0;
        for (long n : sorted) {
            sum += n;
        }
        return new LatencyStats(sorted.length, millis(percentile(sorted, 50)), millis(percentile(sorted, 95)),
                millis(percentile(sorted, 99)), millis(sum / sorted.length), millis(sorted[sorted.length - 1]));
    }

    /**
     * The nearest-rank percentile of sorted values: the smallest value such that at least {@code p} percent of the
     * values are less than or equal to it.
     */
    public static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            throw new IllegalArgumentException("no values");
        }
        if (p <= 0 || p > 100) {
            throw new IllegalArgumentException("percentile must be in (0, 100]: " + p);
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    private static double millis(double nanos) {
        return Math.round(nanos / 1_000.0) / 1_000.0;
    }
}
