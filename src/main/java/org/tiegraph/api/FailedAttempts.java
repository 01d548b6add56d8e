package org.tiegraph.api;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Wrong write tokens per client address: after {@link #maxFailures} in a window that opens with the first one, the
 * address is refused without a check until the window closes. A guess then costs minutes, not microseconds; the
 * table is bounded, so many addresses cannot fill the memory.
 */
final class FailedAttempts {

    private record Window(long openedNanos, AtomicInteger failures) {
    }

    private final int maxFailures;
    private final Duration window;
    private final Cache<String, Window> windows;

    FailedAttempts(int maxFailures, Duration window) {
        this.maxFailures = maxFailures;
        this.window = window;
        this.windows = Caffeine.newBuilder().expireAfterWrite(window).maximumSize(100_000).build();
    }

    /** Whole seconds until {@code address} may try again (at least 1), or 0 when it may try now. */
    long lockedForSeconds(String address) {
        Window w = windows.getIfPresent(address);
        if (w == null || w.failures().get() < maxFailures) {
            return 0;
        }
        long left = window.toNanos() - (System.nanoTime() - w.openedNanos());
        return left <= 0 ? 0 : Math.max(1, (left + 999_999_999) / 1_000_000_000);
    }

    /** Counts a wrong token from {@code address}; answers the failures in its current window. */
    int failed(String address) {
        return windows.get(address, a -> new Window(System.nanoTime(), new AtomicInteger())).failures().incrementAndGet();
    }

    int maxFailures() {
        return maxFailures;
    }
}
