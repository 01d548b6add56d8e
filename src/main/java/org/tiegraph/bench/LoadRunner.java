package org.tiegraph.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs a call from {@code clients} threads at once until a request count or a deadline is reached, whichever comes
 * first, timing every call; a call that throws counts as an error.
 */
final class LoadRunner {

    /** One call; {@code index} counts up across all clients, so calls cycle through a request list. */
    @FunctionalInterface
    interface Call {
        void run(long index) throws Exception;
    }

    /** Latencies of the successful calls, errors, and the wall time of the run. */
    record Outcome(long[] nanos, long errors, double seconds, String firstError) {
        long requests() {
            return nanos.length + errors;
        }

        double perSecond() {
            return seconds == 0 ? 0 : nanos.length / seconds;
        }
    }

    private LoadRunner() {
    }

    static Outcome run(int clients, long maxRequests, Duration budget, Call call) throws InterruptedException {
        AtomicLong next = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        String[] firstError = new String[1];
        long deadline = System.nanoTime() + budget.toNanos();
        List<Samples> samples = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            Samples mine = new Samples();
            samples.add(mine);
            Thread t = Thread.ofPlatform().name("bench-client-" + c).start(() -> {
                while (System.nanoTime() < deadline) {
                    long i = next.getAndIncrement();
                    if (i >= maxRequests) {
                        return;
                    }
                    long s = System.nanoTime();
                    try {
                        call.run(i);
                        mine.add(System.nanoTime() - s);
                    } catch (Exception e) {
                        if (errors.getAndIncrement() == 0) {
                            synchronized (firstError) {
                                firstError[0] = e.getClass().getSimpleName() + ": " + e.getMessage();
                            }
                        }
                    }
                }
            });
            threads.add(t);
        }
        for (Thread t : threads) {
            t.join();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        int total = samples.stream().mapToInt(m -> m.size).sum();
        long[] all = new long[total];
        int k = 0;
        for (Samples m : samples) {
            System.arraycopy(m.values, 0, all, k, m.size);
            k += m.size;
        }
        synchronized (firstError) {
            return new Outcome(all, errors.get(), seconds, firstError[0]);
        }
    }

    /** A growable list of one client's latencies. */
    private static final class Samples {
        long[] values = new long[1024];
        int size;

        void add(long v) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }
    }
}
