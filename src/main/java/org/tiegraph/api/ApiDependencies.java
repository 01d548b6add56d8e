package org.tiegraph.api;

import java.time.Duration;
import java.util.List;
import org.neo4j.driver.Driver;
import org.tiegraph.catalogue.Catalogue;
import org.tiegraph.graph.LoadProgress;
import org.tiegraph.query.AnswerCache;

/**
 * What the HTTP layer needs from the application: a driver (embedded or external, same code path), the database name,
 * the catalogue (the whitelist of labels and types), how the app runs, the HTTP settings, and the document intake the
 * write endpoints load through (null: writes disabled), the cache of read answers (null: none), and the progress of
 * loading documents at start that health reports (null: nothing is loaded at start).
 */
public record ApiDependencies(Driver driver, String database, Catalogue catalogue, RuntimeInfo runtime,
                              ApiSettings settings, DocumentIntake intake, AnswerCache answers, LoadProgress progress) {

    public ApiDependencies {
        answers = answers == null ? AnswerCache.disabled() : answers;
        progress = progress == null ? LoadProgress.none() : progress;
    }

    /** Loading nothing at start. */
    public ApiDependencies(Driver driver, String database, Catalogue catalogue, RuntimeInfo runtime,
                           ApiSettings settings, DocumentIntake intake, AnswerCache answers) {
        this(driver, database, catalogue, runtime, settings, intake, answers, null);
    }

    /** Without an answer cache: every request reads the database. */
    public ApiDependencies(Driver driver, String database, Catalogue catalogue, RuntimeInfo runtime,
                           ApiSettings settings, DocumentIntake intake) {
        this(driver, database, catalogue, runtime, settings, intake, null, null);
    }

    /** Without a document intake: a read-only API. */
    public ApiDependencies(Driver driver, String database, Catalogue catalogue, RuntimeInfo runtime,
                           ApiSettings settings) {
        this(driver, database, catalogue, runtime, settings, null, null, null);
    }

    /** How the application runs: "embedded" or "external", the Bolt URI clients may use, the product version. */
    public record RuntimeInfo(String mode, String boltUri, String version) {
    }

    /**
     * HTTP-level settings: allowed CORS origins, the time a request may spend in the database, the write token (null:
     * writes off; at least {@value #MIN_WRITE_TOKEN_LENGTH} characters), and the request bounds (null:
     * {@link RequestBounds#defaults()}).
     */
    public record ApiSettings(List<String> corsOrigins, Duration queryTimeout, String writeToken,
                              RequestBounds bounds) {

        /** A shorter write token could be guessed; the server refuses to start with one. */
        public static final int MIN_WRITE_TOKEN_LENGTH = 16;

        public ApiSettings {
            if (writeToken != null && writeToken.length() < MIN_WRITE_TOKEN_LENGTH) {
                throw new IllegalArgumentException("the write token has " + writeToken.length()
                        + " characters; it needs at least " + MIN_WRITE_TOKEN_LENGTH + " (e.g. openssl rand -hex 16)");
            }
        }

        public ApiSettings(List<String> corsOrigins, Duration queryTimeout, String writeToken) {
            this(corsOrigins, queryTimeout, writeToken, null);
        }
    }
}
