package org.tiegraph.api;

import java.time.Duration;

/**
 * How long a lane's requests take (a moving average of recent ones), so a 429 can say when trying again is worth it:
 * the work ahead of the next arrival, shared by the lane's slots.
 */
final class LaneStats {

    /** Weight of the newest duration in the average. */
    private static final double WEIGHT = 0.2;

    private final Duration floor;
    private double averageNanos;
    private boolean seen;

    /** {@code floor}: the shortest Retry-After ever suggested (and the guess before any request has finished). */
    LaneStats(Duration floor) {
        this.floor = floor;
    }

    synchronized void record(long nanos) {
        averageNanos = seen ? averageNanos + WEIGHT * (nanos - averageNanos) : nanos;
        seen = true;
    }

    /**
     * Whole seconds until a slot is likely free for a newcomer: {@code ahead} requests (running and waiting) at the
     * average duration, over {@code slots} slots; never below the floor.
     */
    synchronized long retryAfterSeconds(int ahead, int slots) {
        double nanos = seen ? averageNanos * Math.max(1, ahead) / Math.max(1, slots) : 0;
        return Math.max(Math.max(1, (floor.toMillis() + 999) / 1000), (long) Math.ceil(nanos / 1e9));
    }
}
