package org.tiegraph.ingest;

/** A titled stretch of a document's body text (a numbered question, a heading), by character offsets. */
public record Section(String id, int index, String title, int start, int end) {
}
