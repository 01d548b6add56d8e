package org.tiegraph.query;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Recent read answers, keyed by the question asked, so a repeated question costs no database work. Emptied whenever
 * the graph changes ({@link #graphChanged()}; the embedded DBMS reports every committed write, and the loader reports
 * its own); otherwise an answer lives at most {@code timeToLive}, which bounds how long changes made by other clients
 * of an external database stay unseen. Bounded by {@code maxWeight}, roughly the nodes, edges and evidence items held.
 */
public final class AnswerCache {

    private static final AnswerCache DISABLED = new AnswerCache(null);

    private final Cache<List<Object>, Object> answers;
    private final AtomicLong generation = new AtomicLong();

    private AnswerCache(Cache<List<Object>, Object> answers) {
        this.answers = answers;
    }

    /** A cache keeping answers for {@code timeToLive}; a zero duration gives {@link #disabled()}. */
    public static AnswerCache of(Duration timeToLive, long maxWeight) {
        if (timeToLive == null || timeToLive.isZero() || timeToLive.isNegative() || maxWeight <= 0) {
            return DISABLED;
        }
        return new AnswerCache(Caffeine.newBuilder()
                .expireAfterWrite(timeToLive)
                .maximumWeight(maxWeight)
                .weigher((List<Object> key, Object answer) -> weight(answer))
                // evict on the writing thread: bounded, predictable, no background pool
                .executor(Runnable::run)
                .build());
    }

    /** A cache that keeps nothing: every question goes to the database. */
    public static AnswerCache disabled() {
        return DISABLED;
    }

    public boolean enabled() {
        return answers != null;
    }

    /**
     * The answer to the question {@code key} (the operation's name and every argument that shapes the answer), computed
     * when absent. Failures are not kept. An answer computed while the graph changed is returned but not kept.
     */
    @SuppressWarnings("unchecked")
    <T> T get(List<Object> key, Supplier<T> compute) {
        if (answers == null) {
            return compute.get();
        }
        Object kept = answers.getIfPresent(key);
        if (kept != null) {
            return (T) kept;
        }
        long before = generation.get();
        T answer = compute.get();
        if (answer != null) {
            answers.put(key, answer);
            if (generation.get() != before) {
                answers.invalidate(key);
            }
        }
        return answer;
    }

    /** Forgets every answer: the graph has changed. */
    public void graphChanged() {
        generation.incrementAndGet();
        if (answers != null) {
            answers.invalidateAll();
        }
    }

    /** Answers kept now (approximate). */
    public long size() {
        return answers == null ? 0 : answers.estimatedSize();
    }

    private static int weight(Object answer) {
        if (answer instanceof GraphShaped shaped) {
            GraphView graph = shaped.graph();
            long evidence = graph.edges().stream().mapToLong(e -> e.evidence() == null ? 0 : e.evidence().size()).sum();
            return (int) Math.min(Integer.MAX_VALUE, 1 + graph.nodes().size() + graph.edges().size() + evidence);
        }
        if (answer instanceof Page<?> page) {
            return 1 + page.items().size();
        }
        return 1;
    }
}
