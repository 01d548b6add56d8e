package org.tiegraph.api;

import java.nio.file.Path;
import org.tiegraph.graph.LoadReport;

/**
 * How the write endpoints load a document: the application supplies it (normally
 * {@code (file, force) -> loadService.loadOne(file, force)}); without one, writes are disabled.
 */
@FunctionalInterface
public interface DocumentIntake {

    /** Loads one document file (force: even when its content is unchanged) and reports what happened. */
    LoadReport load(Path file, boolean force);

    /** The loader cannot take documents (it failed to start); the message says why and what to do. Answered 503. */
    final class Unavailable extends RuntimeException {
        public Unavailable(String message) {
            super(message, null, false, false);
        }
    }
}
