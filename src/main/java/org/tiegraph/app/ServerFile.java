package org.tiegraph.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * {@code server.json} in an embedded data folder while a server runs on it (its process id and API address), so
 * {@code tiegraph load} can find it. Written once the server holds the store, removed when it stops; a file left by a
 * killed server is ignored, its process being gone.
 */
final class ServerFile {

    static final String NAME = "server.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The running server: process id, API base URL (no trailing slash), product version. */
    record Entry(long pid, String url, String version) {
    }

    private ServerFile() {
    }

    /** Records this process as the server of {@code dataDir}. */
    static void write(Path dataDir, String url, String version) {
        Path target = dataDir.resolve(NAME);
        try {
            Path temporary = Files.createTempFile(dataDir, NAME, ".tmp");
            JSON.writeValue(temporary.toFile(), new Entry(ProcessHandle.current().pid(), url, version));
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }

    /** The server recorded in {@code dataDir} when its process is alive. */
    static Optional<Entry> running(Path dataDir) {
        Path file = dataDir.resolve(NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            Entry entry = JSON.readValue(file.toFile(), Entry.class);
            boolean alive = ProcessHandle.of(entry.pid()).map(ProcessHandle::isAlive).orElse(false);
            return alive && entry.url() != null ? Optional.of(entry) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Removes the record when it is this process's. */
    static void remove(Path dataDir) {
        Path file = dataDir.resolve(NAME);
        try {
            if (Files.isRegularFile(file)
                    && JSON.readValue(file.toFile(), Entry.class).pid() == ProcessHandle.current().pid()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            // a file left behind is ignored by readers once this process is gone
        }
    }
}
