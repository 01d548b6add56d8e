package org.tiegraph.ingest;

import java.nio.file.Path;

/** A document that cannot be found, read or understood, with a message that tells a person what to do about it. */
public class DocumentException extends RuntimeException {

    private final transient Path path;
    private final String reason;

    public DocumentException(Path path, String message) {
        super(path + ": " + message);
        this.path = path;
        this.reason = message;
    }

    public DocumentException(Path path, String message, Throwable cause) {
        super(path + ": " + message, cause);
        this.path = path;
        this.reason = message;
    }

    /** What is wrong, without the path (for answers that must not show where files live on the server). */
    public String reason() {
        return reason;
    }

    /** The file or folder the problem is about. */
    public Path path() {
        return path;
    }
}
