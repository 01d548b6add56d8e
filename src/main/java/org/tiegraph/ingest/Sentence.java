package org.tiegraph.ingest;

import java.util.List;

/**
 * One body sentence: {@code text} is exactly {@code document.text().substring(start, end)}; {@code footnotes} are the
 * numbers of the footnotes whose markers stand in or right after it.
 */
public record Sentence(String id, String sectionId, int index, int start, int end, String text, List<Integer> footnotes) {
}
