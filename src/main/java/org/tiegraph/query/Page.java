package org.tiegraph.query;

import java.util.List;

/** A page of a list: the items, how many there are in all, and the window asked for. */
public record Page<T>(List<T> items, long total, int limit, int offset) {
}
