package org.tiegraph.api;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tiegraph.query.QueryBudget;

/**
 * Admission of {@code /api/} requests in two lanes, so expensive questions cannot starve cheap ones: heavy requests
 * (neighbourhoods, paths, patterns, statistics and schema) queue for a few slots of their own, light ones (search,
 * entities, edges, documents, sources) have many slots and never wait behind heavy ones. Health and writes (which have
 * their own one-at-a-time lock) are in neither lane. A request refused by its lane gets 429 problem+json with a
 * {@code Retry-After} estimated from the lane's recent durations. An admitted request gets one database budget,
 * the query timeout, for all of its statements ({@link QueryBudget}).
 */
final class RequestGate {

    private static final Logger LOG = LoggerFactory.getLogger(RequestGate.class);
    private static final String ADMITTED = RequestGate.class.getName() + ".lane";
    private static final String STARTED = RequestGate.class.getName() + ".started";
    private static final Pattern HEAVY = Pattern.compile(
            "/api/(entities/[^/]+/neighborhood|paths|paths/pattern|stats|schema)/?");
    private static final Pattern WRITE = Pattern.compile("/api/documents(/[^/]+/reload)?/?");

    /** Thrown before the endpoint runs when a lane stays shut; answered as 429. */
    static final class Overloaded extends RuntimeException {
        private final transient Lane lane;
        private final int ahead;

        Overloaded(Lane lane, int ahead) {
            super(null, null, false, false);
            this.lane = lane;
            this.ahead = ahead;
        }
    }

    /** One lane: its slots, how many wait, how long it waits, what its requests take. */
    static final class Lane {
        final String name;
        final int slots;
        final int maxWaiting;
        final Duration wait;
        final Semaphore free;
        final AtomicInteger waiting = new AtomicInteger();
        final LaneStats stats;

        Lane(String name, int slots, int maxWaiting, Duration wait, Duration retryFloor) {
            this.name = name;
            this.slots = slots;
            this.maxWaiting = maxWaiting;
            this.wait = wait;
            this.free = new Semaphore(slots, true);
            this.stats = new LaneStats(retryFloor);
        }

        int running() {
            return slots - free.availablePermits();
        }
    }

    private final Lane light;
    private final Lane heavy;
    private final Duration queryBudget;
    private final Problems problems;

    RequestGate(RequestBounds bounds, Duration queryBudget, Problems problems) {
        this.light = new Lane("light", bounds.maxInFlight(), Integer.MAX_VALUE, bounds.queueWait(), bounds.retryAfter());
        this.heavy = new Lane("heavy", bounds.heavyInFlight(), bounds.heavyQueue(), bounds.heavyWait(),
                bounds.retryAfter());
        this.queryBudget = queryBudget;
        this.problems = problems;
    }

    void register(JavalinConfig config) {
        config.routes.beforeMatched(this::enter);
        config.routes.afterMatched(this::leave);
        config.routes.exception(Overloaded.class, (e, ctx) -> refuse(ctx, e));
    }

    private void enter(Context ctx) throws InterruptedException {
        Lane lane = lane(ctx);
        if (lane == null) {
            return;
        }
        if (lane.waiting.incrementAndGet() > (long) lane.maxWaiting + lane.free.availablePermits()) {
            lane.waiting.decrementAndGet();
            throw new Overloaded(lane, lane.running() + lane.waiting.get());
        }
        boolean admitted;
        try {
            admitted = lane.free.tryAcquire(lane.wait.toNanos(), TimeUnit.NANOSECONDS);
        } finally {
            lane.waiting.decrementAndGet();
        }
        if (!admitted) {
            throw new Overloaded(lane, lane.running() + lane.waiting.get());
        }
        ctx.attribute(ADMITTED, lane);
        ctx.attribute(STARTED, System.nanoTime());
        QueryBudget.start(queryBudget);
    }

    private void leave(Context ctx) {
        Lane lane = ctx.attribute(ADMITTED);
        if (lane != null) {
            ctx.attribute(ADMITTED, null);
            QueryBudget.clear();
            Long started = ctx.attribute(STARTED);
            lane.stats.record(System.nanoTime() - (started == null ? System.nanoTime() : started));
            lane.free.release();
        }
    }

    /** The lane of a request, or null for health, writes and everything outside {@code /api/}. */
    private Lane lane(Context ctx) {
        String path = ctx.path();
        if (!path.startsWith("/api/") || path.equals("/api/health")
                || ctx.method() == HandlerType.POST && WRITE.matcher(path).matches()) {
            return null;
        }
        return HEAVY.matcher(path).matches() ? heavy : light;
    }

    private void refuse(Context ctx, Overloaded e) {
        long retry = e.lane.stats.retryAfterSeconds(e.ahead, e.lane.slots);
        LOG.debug("refused {} {}: {} lane full ({} running, {} ahead)", ctx.method(), ctx.path(), e.lane.name,
                e.lane.running(), e.ahead);
        ctx.header("Retry-After", Long.toString(retry));
        problems.write(ctx, 429, "too-many-requests", "Too many requests",
                "The server is already answering " + e.lane.slots + " " + e.lane.name + " requests (its concurrency "
                        + "limit for them) with " + Math.max(0, e.ahead - e.lane.running()) + " waiting; retry after "
                        + retry + " s.", null, Map.of("retryAfterSeconds", retry, "lane", e.lane.name));
    }
}
