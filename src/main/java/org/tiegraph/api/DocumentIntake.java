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
}
