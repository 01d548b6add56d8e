package org.tiegraph.extract;

import java.util.List;
import org.tiegraph.ingest.ParsedDocument;

/**
 * Everything extracted from one document: the entities it touches, their mentions, the grounded edges, the edges
 * refused (with the reason) and the mention candidates nobody could resolve.
 */
public record Extraction(ParsedDocument parsed, List<Entity> entities, List<Mention> mentions, List<Edge> edges,
                         List<Rejection> rejected, List<String> unresolved) {

    /** An edge the extractor refused to emit, and why (for the load report). */
    public record Rejection(String sourceId, String type, String targetId, String sentenceId, String reason) {
    }
}
