package org.tiegraph.query;

import java.time.Duration;

/**
 * The time one API request may spend in the database, shared by every statement it runs: a request of five
 * transactions gets one budget, not five timeouts. The HTTP layer starts it when it admits a request and clears it
 * when the request ends; a statement run with the budget spent is not started ({@link Exhausted}), and a running one
 * gets only what is left as its server-side timeout.
 */
public final class QueryBudget {

    private static final ThreadLocal<Long> DEADLINE = new ThreadLocal<>();

    /** Thrown instead of running a statement once the request's budget is spent; answered like a query timeout. */
    public static final class Exhausted extends RuntimeException {
        Exhausted() {
            super("the request's time in the database is spent", null, false, false);
        }
    }

    private QueryBudget() {
    }

    /** Starts a budget for the request handled by this thread. */
    public static void start(Duration budget) {
        DEADLINE.set(System.nanoTime() + budget.toNanos());
    }

    /** Ends this thread's budget. */
    public static void clear() {
        DEADLINE.remove();
    }

    /**
     * The timeout for the next statement: {@code timeout}, or less when the request's budget has less left.
     *
     * @throws Exhausted when nothing is left
     */
    static Duration timeoutFor(Duration timeout) {
        Long deadline = DEADLINE.get();
        if (deadline == null) {
            return timeout;
        }
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            throw new Exhausted();
        }
        return left < timeout.toNanos() ? Duration.ofNanos(Math.max(left, 1_000_000)) : timeout;
    }
}
