package org.tiegraph.ingest;

import java.util.ArrayList;
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

    /**
     * The stretches of the document that text offsets {@code [from, to)} cover: one per segment they reach into, so
     * their {@link #joined joined} texts are {@code text().substring(from, to)} when neither end is a joining space.
     */
    public List<Segment> segmentsBetween(int from, int to) {
        List<Segment> covered = new ArrayList<>();
        int consumed = 0;
        for (Segment s : segments) {
            int length = s.end() - s.start();
            int a = Math.max(from, consumed);
            int b = Math.min(to, consumed + length);
            if (a < b) {
                covered.add(new Segment(s.start() + (a - consumed), s.start() + (b - consumed)));
            }
            consumed += length + 1;
        }
        return List.copyOf(covered);
    }

    /** The verbatim texts of {@code segments} of {@code documentText}, joined by one space. */
    public static String joined(String documentText, List<Segment> segments) {
        return String.join(" ", segments.stream().map(s -> documentText.substring(s.start(), s.end())).toList());
    }
}
