package org.tiegraph.query;

import java.util.List;
import java.util.Map;

/**
 * One entity in full: its node fields, Neo4j labels (the type lineage), the remaining stored properties, its degree
 * by edge type, and the documents that mention it.
 */
public record EntityDetail(String id, String name, String type, List<String> aliases, boolean discovered,
                           List<String> labels, Map<String, Object> properties, Degree degree,
                           List<DocumentMentions> documents) {

    /** Domain edges at the entity: in all and per type and direction. */
    public record Degree(long total, List<ByType> byType) {
    }

    /** Domain edges of one type leaving ({@code out}) and entering ({@code in}) the entity. */
    public record ByType(String type, long out, long in) {
    }

    /** A document that mentions the entity and how often. */
    public record DocumentMentions(String id, String title, Object date, long mentions) {
    }
}
