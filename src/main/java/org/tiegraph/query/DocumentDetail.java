package org.tiegraph.query;

import java.util.List;
import java.util.Map;

/**
 * One document: metadata, sections, counts (sentences, evidence items, edges grounded, distinct entities mentioned,
 * mentions), the footnote sources it cites, and whether a load report is stored.
 */
public record DocumentDetail(String id, String title, Map<String, Object> metadata, List<SectionView> sections,
                             Counts counts, List<CitedSource> sources, boolean hasReport) {

    /** Sizes of what the document contributed to the graph. */
    public record Counts(long sections, long sentences, long evidence, long edges, long entities, long mentions) {
    }

    /** A source the document cites, with the footnote number and how many of its sentences cite it. */
    public record CitedSource(String id, String title, String url, Integer footnote, long citations) {
    }
}
