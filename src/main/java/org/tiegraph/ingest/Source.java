package org.tiegraph.ingest;

/** One work cited in a footnote: a title as printed (may be empty) and a repaired URL (may be null). */
public record Source(String id, String title, String url) {
}
