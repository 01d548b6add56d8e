package org.tiegraph.api;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The concurrency limit of the API: at most {@link RequestBounds#maxInFlight()} {@code /api/} requests run at once; a
 * request that finds no free slot within {@link RequestBounds#queueWait()} is refused with 429 problem+json and a
 * {@code Retry-After} header. {@code /api/health} is never refused, so monitoring sees an overloaded server as up.
 */
final class RequestGate {

    private static final Logger LOG = LoggerFactory.getLogger(RequestGate.class);
    private static final String PERMIT = RequestGate.class.getName() + ".permit";
    private static final String HEALTH = "/api/health";

    /** Thrown before the endpoint runs when the gate stays shut; answered as 429. */
    static final class Overloaded extends RuntimeException {
        Overloaded() {
            super(null, null, false, false);
        }
    }

    private final RequestBounds bounds;
    private final Semaphore slots;
    private final Problems problems;

    RequestGate(RequestBounds bounds, Problems problems) {
        this.bounds = bounds;
        this.slots = new Semaphore(bounds.maxInFlight(), true);
        this.problems = problems;
    }

    void register(JavalinConfig config) {
        config.routes.beforeMatched(this::enter);
        config.routes.afterMatched(this::leave);
        config.routes.exception(Overloaded.class, (e, ctx) -> refuse(ctx));
    }

    /** Requests running now (for tests and logs). */
    int inFlight() {
        return bounds.maxInFlight() - slots.availablePermits();
    }

    private void enter(Context ctx) throws InterruptedException {
        if (!gated(ctx)) {
            return;
        }
        if (!slots.tryAcquire(bounds.queueWait().toNanos(), TimeUnit.NANOSECONDS)) {
            throw new Overloaded();
        }
        ctx.attribute(PERMIT, Boolean.TRUE);
    }

    private void leave(Context ctx) {
        if (Boolean.TRUE.equals(ctx.attribute(PERMIT))) {
            ctx.attribute(PERMIT, Boolean.FALSE);
            slots.release();
        }
    }

    private static boolean gated(Context ctx) {
        String path = ctx.path();
        return path.startsWith("/api/") && !path.equals(HEALTH);
    }

    private void refuse(Context ctx) {
        long retry = Math.max(1, (bounds.retryAfter().toMillis() + 999) / 1000);
        LOG.debug("refused {} {}: {} requests in flight", ctx.method(), ctx.path(), bounds.maxInFlight());
        ctx.header("Retry-After", Long.toString(retry));
        problems.write(ctx, 429, "too-many-requests", "Too many requests",
                "The server is already answering " + bounds.maxInFlight() + " requests (its concurrency limit); "
                        + "retry after " + retry + " s.", null, Map.of("retryAfterSeconds", retry));
    }
}
