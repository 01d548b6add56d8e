package org.tiegraph.query;

import java.util.List;

/**
 * One sentence: verbatim text with its offsets in the document, the segments of the document it is made of (several
 * when a page break with footnotes cuts it; its text is theirs joined by one space), the entities mentioned in it, the
 * footnote sources it cites, and the edges it grounds (each with its evidence).
 */
public record SentenceDetail(String id, String documentId, String documentTitle, String sectionId, Integer index,
                             Integer start, Integer end, String text, List<Segment> segments, List<Mention> mentions,
                             List<SourceRef> sources, List<EdgeView> edges) {

    /** A contiguous stretch {@code [start, end)} of the document text. */
    public record Segment(int start, int end) {
    }

    /** Segments from the stored flat list of offsets (start, end, start, end, ...); without one, the whole span. */
    static List<Segment> segments(List<Object> flat, Integer start, Integer end) {
        if (flat == null || flat.isEmpty()) {
            return start == null || end == null ? List.of() : List.of(new Segment(start, end));
        }
        List<Segment> out = new java.util.ArrayList<>();
        for (int i = 0; i + 1 < flat.size(); i += 2) {
            out.add(new Segment(((Number) flat.get(i)).intValue(), ((Number) flat.get(i + 1)).intValue()));
        }
        return List.copyOf(out);
    }

    /** An entity mention: the entity and the surface text at {@code [start, end)} in the document. */
    public record Mention(String id, String name, String type, Integer start, Integer end, String surface) {
    }
}
