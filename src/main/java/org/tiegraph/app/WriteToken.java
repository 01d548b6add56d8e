package org.tiegraph.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the write token comes from: a file ({@code --write-token-file}) or the environment ({@code
 * TIEGRAPH_WRITE_TOKEN}), never the command line, which every local user can read in {@code ps}.
 */
final class WriteToken {

    private WriteToken() {
    }

    /**
     * The token (the first line of the file that is not blank, or the environment's), or null when none is given.
     *
     * @throws IllegalArgumentException when a token is given on the command line, or both ways at once
     */
    static String resolve(String onCommandLine, Path file, String environment) {
        if (onCommandLine != null) {
            throw new IllegalArgumentException("--write-token is no longer accepted: a token on the command line shows "
                    + "to every local user in ps; put it in a file (--write-token-file FILE) or in TIEGRAPH_WRITE_TOKEN");
        }
        String fromEnvironment = environment == null || environment.isBlank() ? null : environment.strip();
        if (file == null) {
            return fromEnvironment;
        }
        if (fromEnvironment != null) {
            throw new IllegalArgumentException("the write token is given twice (--write-token-file and "
                    + "TIEGRAPH_WRITE_TOKEN); give it one way");
        }
        try {
            return Files.readAllLines(file).stream().map(String::strip).filter(l -> !l.isEmpty()).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("the write token file " + file + " is empty"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the write token file " + file + ": " + e.getMessage(), e);
        }
    }
}
