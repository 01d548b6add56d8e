package org.tiegraph.api;

import java.time.Duration;

/**
 * Limits on the work the HTTP layer accepts at once: API requests answered concurrently ({@code maxInFlight}), how long
 * a request may wait for a free slot before it is refused with 429 ({@code queueWait}), the {@code Retry-After} the
 * refusal suggests, and the largest document a write may upload.
 */
public record RequestBounds(int maxInFlight, Duration queueWait, Duration retryAfter, long maxDocumentBytes) {

    /** Default in-flight requests per core: enough to keep 2 cores busy with short queries, few enough to stay small. */
    static final int IN_FLIGHT_PER_CORE = 8;
    static final Duration DEFAULT_QUEUE_WAIT = Duration.ofMillis(200);
    static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(1);
    /** The reader refuses documents over 50 MB; uploads stop well below that. */
    static final long DEFAULT_MAX_DOCUMENT_BYTES = 20L * 1024 * 1024;

    public RequestBounds {
        if (maxInFlight < 1) {
            throw new IllegalArgumentException("maxInFlight must be at least 1, not " + maxInFlight);
        }
        if (queueWait == null || queueWait.isNegative()) {
            throw new IllegalArgumentException("queueWait must be zero or positive");
        }
        if (retryAfter == null || retryAfter.isNegative()) {
            throw new IllegalArgumentException("retryAfter must be zero or positive");
        }
        if (maxDocumentBytes < 1) {
            throw new IllegalArgumentException("maxDocumentBytes must be positive");
        }
    }

    /** {@value #IN_FLIGHT_PER_CORE} requests per core (at least 16), 200 ms queue wait, Retry-After 1 s, 20 MB uploads. */
    public static RequestBounds defaults() {
        return withMaxInFlight(Math.max(16, IN_FLIGHT_PER_CORE * Runtime.getRuntime().availableProcessors()));
    }

    /** The defaults with another in-flight limit (0 or less: the default). */
    public static RequestBounds withMaxInFlight(int maxInFlight) {
        int limit = maxInFlight > 0 ? maxInFlight
                : Math.max(16, IN_FLIGHT_PER_CORE * Runtime.getRuntime().availableProcessors());
        return new RequestBounds(limit, DEFAULT_QUEUE_WAIT, DEFAULT_RETRY_AFTER, DEFAULT_MAX_DOCUMENT_BYTES);
    }
}
