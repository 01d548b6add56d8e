package org.tiegraph.query;

/** A section of a document: its position in the document, title and character span {@code [start, end)}. */
public record SectionView(String id, Integer index, String title, Integer start, Integer end) {
}
