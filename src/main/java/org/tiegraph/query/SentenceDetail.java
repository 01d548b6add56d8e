package org.tiegraph.query;

import java.util.List;

/**
 * One sentence: verbatim text with its offsets in the document, the entities mentioned in it, the footnote sources it
 * cites, and the edges it grounds (each with its evidence).
 */
public record SentenceDetail(String id, String documentId, String documentTitle, String sectionId, Integer index,
                             Integer start, Integer end, String text, List<Mention> mentions, List<SourceRef> sources,
                             List<EdgeView> edges) {

    /** An entity mention: the entity and the surface text at {@code [start, end)} in the document. */
    public record Mention(String id, String name, String type, Integer start, Integer end, String surface) {
    }
}
