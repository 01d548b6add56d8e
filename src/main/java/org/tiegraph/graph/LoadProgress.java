package org.tiegraph.graph;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.concurrent.atomic.AtomicReference;

/**
 * How far the loading at start has got, written by the loading thread and read by the health check and the page:
 * the phase, documents done of the total, failures, and the file being read (its name only, never a folder).
 */
public final class LoadProgress {

    /** A consistent snapshot; {@code complete} turns true once, when every document was tried or loading gave up. */
    public record State(boolean complete, String phase, int done, int total, int failed, String current,
                        String error) {

        /** Whether the database itself is still starting (so nothing answers yet). */
        @JsonIgnore
        public boolean databaseStarting() {
            return !complete && STARTING.equals(phase);
        }
    }

    /** The first phase: the database is starting. */
    public static final String STARTING = "starting the database";

    private final AtomicReference<State> state;

    /** Progress of a start that has not begun: the database is starting. */
    public LoadProgress() {
        this.state = new AtomicReference<>(new State(false, STARTING, 0, 0, 0, null, null));
    }

    /** Progress of a server that loads nothing at start (tests, read-only front ends): complete from the outset. */
    public static LoadProgress none() {
        LoadProgress p = new LoadProgress();
        p.state.set(new State(true, "done", 0, 0, 0, null, null));
        return p;
    }

    public State state() {
        return state.get();
    }

    /** A step before the documents (schema, warm-up, models). */
    public void phase(String phase) {
        state.updateAndGet(s -> new State(false, phase, s.done(), s.total(), s.failed(), null, null));
    }

    /** The documents are found: {@code total} will be tried. */
    public void documents(int total) {
        state.updateAndGet(s -> new State(false, "loading documents", 0, total, 0, null, null));
    }

    /** Reading {@code fileName} now. */
    public void reading(String fileName) {
        state.updateAndGet(s -> new State(false, s.phase(), s.done(), s.total(), s.failed(), fileName, null));
    }

    /** One document was tried; {@code failed} when it could not be loaded. */
    public void tried(boolean failed) {
        state.updateAndGet(s -> new State(false, s.phase(), s.done() + 1, s.total(), s.failed() + (failed ? 1 : 0),
                null, null));
    }

    /** Every document was tried. */
    public void finished() {
        state.updateAndGet(s -> new State(true, "done", s.done(), s.total(), s.failed(), null, null));
    }

    /** Loading stopped early for the reason given; what was loaded stays. */
    public void gaveUp(String error) {
        state.updateAndGet(s -> new State(true, "stopped", s.done(), s.total(), s.failed(), null, error));
    }
}
