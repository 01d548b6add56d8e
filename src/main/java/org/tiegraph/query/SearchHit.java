package org.tiegraph.query;

import java.util.List;

/**
 * One entity found by a search: the node fields, the full-text score, and how it matched ({@code name}, {@code alias}
 * or {@code id} for an exact match after normalisation, {@code text} for a full-text match, {@code list} without a query).
 */
public record SearchHit(String id, String name, String type, List<String> aliases, boolean discovered, double score,
                        String match) {
}
