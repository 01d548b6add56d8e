package org.tiegraph.extract;

import java.util.List;
import org.tiegraph.catalogue.Modality;
import org.tiegraph.ingest.Sentence;

/**
 * Why an edge exists: a quote from one sentence, the year the text gives (null when none), modality and attribution,
 * the rule that fired and its confidence. The quote is made of verbatim stretches of the document, {@code segments}
 * (several when a page break with footnotes cuts the sentence), joined by one space as {@link Sentence#text()} is.
 */
public record Evidence(String documentId, String sentenceId, List<Sentence.Segment> segments, String quote,
                       String year, Modality modality, String attribution, String rule, double confidence,
                       String predicate) {

    public Evidence {
        if (segments.isEmpty()) {
            throw new IllegalArgumentException("evidence needs at least one segment of the document");
        }
        segments = List.copyOf(segments);
    }

    /** The document offset where the quote's first segment starts. */
    public int start() {
        return segments.getFirst().start();
    }

    /** The document offset where the quote's last segment ends. */
    public int end() {
        return segments.getLast().end();
    }

    /**
     * True when every segment is a non-empty stretch of {@code documentText}, each after the one before, and the
     * quote is their verbatim texts joined by one space.
     */
    public boolean verbatimIn(String documentText) {
        int after = 0;
        for (Sentence.Segment s : segments) {
            if (s.start() < after || s.end() <= s.start() || s.end() > documentText.length()) {
                return false;
            }
            after = s.end();
        }
        return Sentence.joined(documentText, segments).equals(quote);
    }
}
