package org.tiegraph.graph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Reads Cypher kept as files under {@code cypher/} on the classpath, once, and splits multi-statement files. */
public final class CypherFile {

    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private CypherFile() {
    }

    /** The text of {@code cypher/<relativePath>}; fails loudly when the resource is missing. */
    public static String load(String relativePath) {
        return CACHE.computeIfAbsent(relativePath, CypherFile::read);
    }

    /** The statements of a file, split on semicolons that end a line; comment-only pieces are dropped. */
    public static List<String> statements(String relativePath) {
        List<String> out = new ArrayList<>();
        for (String piece : load(relativePath).split(";\\s*(\\r?\\n|$)")) {
            String code = piece.lines().filter(l -> !l.strip().startsWith("//")).reduce("", (a, b) -> a + b + "\n").strip();
            if (!code.isEmpty()) {
                out.add(code);
            }
        }
        return out;
    }

    private static String read(String relativePath) {
        String resource = "cypher/" + relativePath;
        try (InputStream in = CypherFile.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Cypher resource missing from the classpath: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
