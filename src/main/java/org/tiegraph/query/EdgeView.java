package org.tiegraph.query;

import java.util.List;
import java.util.Map;

/**
 * A domain edge as it appears in graph-shaped answers. {@code source}/{@code target} are entity ids in the edge's
 * stored direction; {@code evidence} holds up to {@link Limits#EVIDENCE_PER_EDGE} items, {@code evidenceCount} all.
 */
public record EdgeView(String id, String type, String source, String target, String modality, String attribution,
                       Object year, List<Object> years, Double confidence, Integer evidenceCount,
                       List<EvidenceView> evidence) {

    /**
     * Builds the edge from a map with keys id, type, source, target and the stored edge properties, with the evidence
     * kept and the number of evidence items found.
     */
    static EdgeView of(Map<String, Object> m, List<EvidenceView> evidence, int evidenceFound) {
        return new EdgeView(Values.string(m, "id"), Values.string(m, "type"), Values.string(m, "source"),
                Values.string(m, "target"), Values.string(m, "modality"), Values.string(m, "attribution"),
                Values.plain(m.get("year")), Values.objects(m, "years"), Values.decimal(m, "confidence"), evidenceFound, evidence);
    }
}
