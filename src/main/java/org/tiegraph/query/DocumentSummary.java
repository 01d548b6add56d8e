package org.tiegraph.query;

import java.util.Map;

/** A loaded document in a list: id, title, the other metadata (author, date, venue, kind, path, format, sha256, ...) and size. */
public record DocumentSummary(String id, String title, Map<String, Object> metadata, long sections, long sentences) {
}
