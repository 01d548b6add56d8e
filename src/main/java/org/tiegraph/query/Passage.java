package org.tiegraph.query;

import java.util.List;

/**
 * A run of a document's sentences around one of them, as a document view shows it: each sentence with its section,
 * page, cited footnote sources and the facts drawn from it. {@code inFootnotes}: the run is footnote prose rather than
 * body text; {@code hasBefore}/{@code hasAfter}: the document goes on beyond the run.
 */
public record Passage(String documentId, String around, int window, boolean inFootnotes, boolean hasBefore,
                      boolean hasAfter, List<Line> sentences) {

    /** One sentence of the run; {@code page} is null when the document has no pages (or was loaded without them). */
    public record Line(String id, Integer index, SectionRef section, Integer page, Integer start, Integer end,
                       String text, List<SentenceDetail.Segment> segments, List<SourceRef> sources, List<Fact> facts) {
    }

    /** The section a sentence belongs to. */
    public record SectionRef(String id, Integer index, String title) {
    }

    /**
     * One evidence drawn from the sentence: the edge it grounds, its ends, the quote (its verbatim segments joined by
     * one space, as in {@link EvidenceView}) and how it is stated.
     */
    public record Fact(String evidenceId, String edgeId, String type, EntityRef source, EntityRef target, String quote,
                       Integer start, Integer end, List<SentenceDetail.Segment> segments, String year, String modality,
                       String attribution, String rule, Double confidence, String predicate) {
    }

    /** An end of an edge: its id, and its name and type when the entity is still there. */
    public record EntityRef(String id, String name, String type) {
    }
}
