package org.tiegraph.graph;

import java.util.List;

/**
 * What loading one document did: counts of what went in, edges refused (and why), mentions nobody could resolve.
 * Printed by the CLI, stored on the Document node and served at {@code /api/documents/{id}/report}.
 */
public record LoadReport(String documentId, String path, String title, String status, String message,
                         int sections, int sentences, int footnotes, int sources, int entities, int entitiesNew,
                         int entitiesMatched, int mentions, int edges, int evidence, List<RejectedEdge> rejected,
                         List<String> unresolved, long millis) {

    public static final String LOADED = "loaded";
    public static final String UNCHANGED = "unchanged";
    public static final String FAILED = "failed";

    /** An edge the loader or the extractor refused, and why. */
    public record RejectedEdge(String source, String type, String target, String sentenceId, String reason) {
    }

    static LoadReport failed(String path, String message, long millis) {
        return new LoadReport(null, path, null, FAILED, message, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, List.of(), List.of(), millis);
    }

    /**
     * This report with the document's location shown as {@code shown} instead of {@code file} (an upload is staged in a
     * temporary folder its sender never saw and should not learn).
     */
    public LoadReport shownAs(java.nio.file.Path file, String shown) {
        String location = file.toAbsolutePath().normalize().toString();
        return new LoadReport(documentId, shown, title, status, message == null ? null : message.replace(location, shown)
                .replace(file.toString(), shown), sections, sentences, footnotes, sources, entities, entitiesNew,
                entitiesMatched, mentions, edges, evidence, rejected, unresolved, millis);
    }

    /** One line for the console. */
    public String summary() {
        return switch (status) {
            case FAILED -> "FAILED " + path + ": " + message;
            case UNCHANGED -> "unchanged " + documentId + " (" + path + ")";
            default -> String.format("loaded %s: %d sections, %d sentences, %d footnotes, %d sources, %d entities "
                            + "(%d new, %d matched), %d mentions, %d edges (%d evidence), %d rejected, %d unresolved, %d ms",
                    documentId, sections, sentences, footnotes, sources, entities, entitiesNew, entitiesMatched, mentions,
                    edges, evidence, rejected.size(), unresolved.size(), millis);
        };
    }
}
