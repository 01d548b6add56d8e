package org.tiegraph.ingest;

import java.util.List;

/**
 * One body sentence. OCR'd documents interleave footnote blocks with body text at page breaks, so a sentence may be
 * cut into several contiguous {@code segments} of the document; {@code text} is their verbatim texts joined by one
 * space. {@code start}/{@code end} are the document offsets of its first segment's start and last segment's end.
 * {@code footnotes} are the numbers of the footnotes whose markers stand in or right after it.
 */
public record Sentence(String id, String sectionId, int index, int start, int end, String text, List<Segment> segments,
                       List<Integer> footnotes) {

    /** A contiguous stretch {@code [start, end)} of the document text. */
    public record Segment(int start, int end) {
    }

    /** Maps an offset in {@link #text()} (0..length) to the corresponding document offset. */
    public int documentOffset(int offsetInText) {
        int consumed = 0;
        for (int i = 0; i < segments.size(); i++) {
            Segment s = segments.get(i);
            int len = s.end() - s.start();
            if (offsetInText <= consumed + len) {
                return s.start() + (offsetInText - consumed);
            }
            consumed += len + 1; // the joining space
            if (offsetInText < consumed) {
                return segments.get(i + 1 < segments.size() ? i + 1 : i).start();
            }
        }
        return end;
    }
}
