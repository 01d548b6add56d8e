package org.tiegraph.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The embedded DBMS's password: the one the operator gives, or else one generated at the first start and kept in the
 * data folder's {@value #FILE} file, readable by its owner only (the analyst reads it there for Neo4j Browser).
 */
final class EmbeddedPassword {

    static final String FILE = "neo4j-password";

    private EmbeddedPassword() {
    }

    /** The password to start with; {@code given} null means the generated one. */
    static String resolve(Path dataDir, String given) {
        Path file = dataDir.resolve(FILE);
        try {
            if (given != null) {
                if (given.length() < EmbeddedNeo4j.MIN_PASSWORD_LENGTH) {
                    throw new IllegalArgumentException("the Neo4j password has " + given.length()
                            + " characters; it needs at least " + EmbeddedNeo4j.MIN_PASSWORD_LENGTH);
                }
                Files.deleteIfExists(file); // a generated password no longer applies
                return given;
            }
            if (Files.isRegularFile(file)) {
                return Files.readString(file, StandardCharsets.UTF_8).strip();
            }
            byte[] random = new byte[24];
            new SecureRandom().nextBytes(random);
            String generated = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            Files.createDirectories(dataDir);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
            Files.writeString(file, generated + "\n", StandardCharsets.UTF_8);
            return generated;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the generated Neo4j password in " + file, e);
        }
    }

    /** Where the analyst finds the password, for the start line. */
    static String hint(Path dataDir, String given) {
        return given != null ? "the Neo4j password you set" : "password in " + dataDir.resolve(FILE);
    }
}
