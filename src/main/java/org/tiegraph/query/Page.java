package org.tiegraph.query;

import java.util.List;

/**
 * A page of a list: the items, how many there are in all (for full-text searches, matches ranked, at most
 * {@link Limits#SEARCH_POOL}), and the window asked for.
 */
public record Page<T>(List<T> items, long total, int limit, int offset) {
}
