package org.tiegraph.ingest;

import java.util.Map;

/**
 * A document as read from disk: its stable id, where it came from, its metadata and its plain text.
 * Every offset anywhere in the pipeline refers to {@code text}; every quote is a substring of it.
 */
public record RawDocument(String id, String path, String format, String title, Map<String, String> metadata,
                          String text, String sha256) {
}
