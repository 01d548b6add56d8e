package org.tiegraph.app;

import java.nio.file.Path;
import org.neo4j.io.locker.FileLockException;

/** Something a person can fix before tiegraph can run (a data folder in use, documents missing): one line, no trace. */
final class StartFailure extends RuntimeException {

    StartFailure(String message) {
        super(message, null, false, false);
    }

    /** Whether {@code e} (or a cause) says the store's lock file is held by another process. */
    static boolean causedByStoreLock(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof FileLockException) {
                return true;
            }
        }
        return false;
    }

    /** The data folder's store is locked: by a tiegraph server when its server.json says so, else by another process. */
    static StartFailure dataFolderInUse(Path data) {
        return ServerFile.running(data)
                .map(s -> new StartFailure("the data folder " + data + " is in use by the tiegraph server at " + s.url()
                        + " (process " + s.pid() + "): stop it first, or start with another --data folder"))
                .orElseGet(() -> new StartFailure("the data folder " + data + " is in use by another process (a "
                        + "tiegraph server or load): wait for it to end or stop it, or use another --data folder"));
    }
}
