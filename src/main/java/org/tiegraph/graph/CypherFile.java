package org.tiegraph.graph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Reads Cypher kept as files under {@code cypher/} on the classpath, once, and splits multi-statement files. */
public final class CypherFile {

    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();
    /**
     * Placeholder relationship type in statement files, standing for every domain edge type of the catalogue, so a
     * traversal names its types and Neo4j reads only those relationship groups of a dense node (not its mentions).
     */
    public static final String DOMAIN_EDGE_TYPES = "__DOMAIN_EDGE_TYPES__";

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

    /** {@code statement} with {@link #DOMAIN_EDGE_TYPES} replaced by {@code `A`|`B`|...} of {@code edgeTypes}. */
    public static String withDomainEdgeTypes(String statement, Collection<String> edgeTypes) {
        if (edgeTypes.isEmpty()) {
            throw new IllegalArgumentException("the catalogue names no edge types");
        }
        return statement.replace(DOMAIN_EDGE_TYPES,
                String.join("|", edgeTypes.stream().sorted().map(CypherFile::identifier).toList()));
    }

    /** A catalogue name as a Cypher identifier; catalogue names are plain identifiers, backticks guard regardless. */
    public static String identifier(String name) {
        if (!name.matches("[A-Za-z][A-Za-z_]*")) {
            throw new IllegalArgumentException("not a catalogue identifier: " + name);
        }
        return "`" + name + "`";
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
