package org.tiegraph.query;

import java.util.List;
import java.util.Map;

/**
 * Why an edge exists: the verbatim quote, where it sits ({@code documentId}, {@code sentenceId}, character offsets
 * {@code [start, end)} in the document text), how certain the text is, and the footnote sources of its sentence.
 */
public record EvidenceView(String id, String documentId, String sentenceId, String quote, Integer start, Integer end,
                           Object year, String modality, String attribution, String predicate, Double confidence,
                           String rule, List<SourceRef> sources) {

    static EvidenceView of(Map<String, Object> m) {
        List<SourceRef> sources = Values.maps(m, "sources").stream().map(SourceRef::of).toList();
        return new EvidenceView(Values.string(m, "id"), Values.string(m, "documentId"), Values.string(m, "sentenceId"),
                Values.string(m, "quote"), Values.integer(m, "start"), Values.integer(m, "end"), Values.plain(m.get("year")),
                Values.string(m, "modality"), Values.string(m, "attribution"), Values.string(m, "predicate"),
                Values.decimal(m, "confidence"), Values.string(m, "rule"), sources);
    }
}
