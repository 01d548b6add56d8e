package org.tiegraph.ingest;

import java.nio.file.Path;

/** A document that cannot be found, read or understood, with a message that tells a person what to do about it. */
public class DocumentException extends RuntimeException {

    private final transient Path path;

    public DocumentException(Path path, String message) {
        super(path + ": " + message);
        this.path = path;
    }

    public DocumentException(Path path, String message, Throwable cause) {
        super(path + ": " + message, cause);
        this.path = path;
    }

    /** The file or folder the problem is about. */
    public Path path() {
        return path;
    }
}
