package org.tiegraph.query;

import java.util.List;
import java.util.Map;

/**
 * Why an edge exists: the quote, where it sits ({@code documentId}, {@code sentenceId}, character offsets
 * {@code [start, end)} in the document text), how certain the text is, and the footnote sources of its sentence. The
 * quote is the verbatim texts of {@code segments} joined by one space: one stretch of the document, or several when a
 * page break with footnotes cuts the sentence; {@code start} is the first one's start, {@code end} the last one's end.
 */
public record EvidenceView(String id, String documentId, String sentenceId, String quote, Integer start, Integer end,
                           List<SentenceDetail.Segment> segments, Object year, String modality, String attribution,
                           String predicate, Double confidence, String rule, List<SourceRef> sources) {

    static EvidenceView of(Map<String, Object> m) {
        List<SourceRef> sources = Values.maps(m, "sources").stream().map(SourceRef::of).toList();
        Integer start = Values.integer(m, "start");
        Integer end = Values.integer(m, "end");
        return new EvidenceView(Values.string(m, "id"), Values.string(m, "documentId"), Values.string(m, "sentenceId"),
                Values.string(m, "quote"), start, end,
                SentenceDetail.segments(Values.objects(m, "segments"), start, end), Values.plain(m.get("year")),
                Values.string(m, "modality"), Values.string(m, "attribution"), Values.string(m, "predicate"),
                Values.decimal(m, "confidence"), Values.string(m, "rule"), sources);
    }
}
