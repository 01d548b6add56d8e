package org.tiegraph.graph;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.nio.file.Path;
import java.util.List;

/**
 * What loading one document did: counts of what went in, edges refused (and why), mentions nobody could resolve.
 * Printed by the CLI, stored on the Document node and served at {@code /api/documents/{id}/report}. As JSON it names
 * the file, never the folder it was read from.
 */
public record LoadReport(String documentId, @JsonIgnore String path, String title, String status, String message,
                         int sections, int sentences, int footnotes, int sources, int entities, int entitiesNew,
                         int entitiesMatched, int mentions, int edges, int evidence, List<RejectedEdge> rejected,
                         List<String> unresolved, long millis) {

    public static final String LOADED = "loaded";
    public static final String UNCHANGED = "unchanged";
    /** The same text (by normalised content hash) is already loaded under another id, which {@code documentId} names. */
    public static final String DUPLICATE = "duplicate";
    public static final String FAILED = "failed";

    /** An edge the loader or the extractor refused, and why. */
    public record RejectedEdge(String source, String type, String target, String sentenceId, String reason) {
    }

    static LoadReport failed(String path, String message, long millis) {
        return new LoadReport(null, path, null, FAILED, message, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, List.of(), List.of(), millis);
    }

    /** The name of the file the document was read from (no folder), or null. */
    @JsonProperty("file")
    public String file() {
        return fileName(path);
    }

    static String fileName(String path) {
        if (path == null || path.isBlank()) {
            return null;
        }
        Path name = Path.of(path).getFileName();
        return name == null ? null : name.toString();
    }

    /** One line for the console. */
    public String summary() {
        return switch (status) {
            case FAILED -> "FAILED " + path + ": " + message;
            case UNCHANGED -> "unchanged " + documentId + " (" + path + ")";
            case DUPLICATE -> "duplicate " + path + ": " + message;
            default -> String.format("loaded %s: %d sections, %d sentences, %d footnotes, %d sources, %d entities "
                            + "(%d new, %d matched), %d mentions, %d edges (%d evidence), %d rejected, %d unresolved, %d ms",
                    documentId, sections, sentences, footnotes, sources, entities, entitiesNew, entitiesMatched, mentions,
                    edges, evidence, rejected.size(), unresolved.size(), millis);
        };
    }
}
