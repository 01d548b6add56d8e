package org.tiegraph.query;

import java.util.List;

/** A page of search results; {@code total} counts every match (for full-text queries, up to {@link Limits#SEARCH_POOL}). */
public record SearchPage(List<SearchHit> items, long total, int limit, int offset) {
}
