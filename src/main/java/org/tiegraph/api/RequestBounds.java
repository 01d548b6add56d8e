package org.tiegraph.api;

import java.time.Duration;

/**
 * Limits on the work the HTTP layer accepts. Light requests (search, an entity, documents) and heavy ones
 * (neighbourhoods, paths, patterns, statistics) have lanes of their own: {@code maxInFlight} light ones run at once and
 * wait at most {@code queueWait} for a slot; {@code heavyInFlight} heavy ones run at once, at most {@code heavyQueue}
 * more wait, each at most {@code heavyWait}. Beyond that a request is refused with 429 and a {@code Retry-After}
 * estimated from how long the lane's requests take (at least {@code retryAfter}). Writes are in neither lane. A
 * request body must arrive at {@code minBodyBytesPerSecond} on average once {@code bodyGrace} has passed, and an upload
 * may have at most {@code maxDocumentBytes}.
 */
public record RequestBounds(int maxInFlight, Duration queueWait, Duration retryAfter, long maxDocumentBytes,
                            int heavyInFlight, int heavyQueue, Duration heavyWait, long minBodyBytesPerSecond,
                            Duration bodyGrace) {

    /** Default light requests in flight per core: enough to keep 2 cores busy with short queries, few enough to stay small. */
    static final int IN_FLIGHT_PER_CORE = 8;
    static final Duration DEFAULT_QUEUE_WAIT = Duration.ofMillis(200);
    static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(1);
    /** The reader refuses documents over 50 MB; uploads stop well below that. */
    static final long DEFAULT_MAX_DOCUMENT_BYTES = 20L * 1024 * 1024;
    /** Heavy requests waiting per heavy slot. */
    static final int HEAVY_QUEUE_PER_SLOT = 4;
    static final Duration DEFAULT_HEAVY_WAIT = Duration.ofSeconds(5);
    /** 8 KB/s: a 1 MB body in about two minutes, on a 64 kbit/s line. */
    static final long DEFAULT_MIN_BODY_RATE = 8 * 1024;
    static final Duration DEFAULT_BODY_GRACE = Duration.ofSeconds(10);

    public RequestBounds {
        if (maxInFlight < 1 || heavyInFlight < 1 || heavyQueue < 0) {
            throw new IllegalArgumentException("in-flight limits must be at least 1 and the heavy queue at least 0");
        }
        if (queueWait == null || queueWait.isNegative() || heavyWait == null || heavyWait.isNegative()) {
            throw new IllegalArgumentException("waits must be zero or positive");
        }
        if (retryAfter == null || retryAfter.isNegative()) {
            throw new IllegalArgumentException("retryAfter must be zero or positive");
        }
        if (maxDocumentBytes < 1 || minBodyBytesPerSecond < 1 || bodyGrace == null || bodyGrace.isNegative()) {
            throw new IllegalArgumentException("maxDocumentBytes, the body rate and its grace must be positive");
        }
    }

    /** Light and write limits as given, heavy lane and body rate at their defaults. */
    public RequestBounds(int maxInFlight, Duration queueWait, Duration retryAfter, long maxDocumentBytes) {
        this(maxInFlight, queueWait, retryAfter, maxDocumentBytes, defaultHeavy(),
                HEAVY_QUEUE_PER_SLOT * defaultHeavy(), DEFAULT_HEAVY_WAIT, DEFAULT_MIN_BODY_RATE, DEFAULT_BODY_GRACE);
    }

    /**
     * {@value #IN_FLIGHT_PER_CORE} light requests per core (at least 16), 200 ms wait; one heavy request per core (at
     * least 2), four waiting per slot for up to 5 s; Retry-After at least 1 s; 20 MB uploads; bodies at 8 KB/s after
     * 10 s.
     */
    public static RequestBounds defaults() {
        return withMaxInFlight(0);
    }

    /** The defaults with another light in-flight limit (0 or less: the default). */
    public static RequestBounds withMaxInFlight(int maxInFlight) {
        int limit = maxInFlight > 0 ? maxInFlight
                : Math.max(16, IN_FLIGHT_PER_CORE * Runtime.getRuntime().availableProcessors());
        return new RequestBounds(limit, DEFAULT_QUEUE_WAIT, DEFAULT_RETRY_AFTER, DEFAULT_MAX_DOCUMENT_BYTES);
    }

    /** These bounds with {@code inFlight} heavy slots (0 or less: unchanged), four waiting per slot. */
    public RequestBounds withHeavyInFlight(int inFlight) {
        return inFlight <= 0 ? this : withHeavyLane(inFlight, HEAVY_QUEUE_PER_SLOT * inFlight, heavyWait);
    }

    /** These bounds with another heavy lane. */
    public RequestBounds withHeavyLane(int inFlight, int queue, Duration wait) {
        return new RequestBounds(maxInFlight, queueWait, retryAfter, maxDocumentBytes, inFlight, queue, wait,
                minBodyBytesPerSecond, bodyGrace);
    }

    /** These bounds with another minimum body rate and grace. */
    public RequestBounds withBodyRate(long bytesPerSecond, Duration grace) {
        return new RequestBounds(maxInFlight, queueWait, retryAfter, maxDocumentBytes, heavyInFlight, heavyQueue,
                heavyWait, bytesPerSecond, grace);
    }

    private static int defaultHeavy() {
        return Math.max(2, Runtime.getRuntime().availableProcessors());
    }
}
