package org.tiegraph.ingest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Where a document's pages begin (form feeds, the leading space OCR leaves on a page's first line, page numbers and
 * running headers), and the page of an offset; a markup document, or a text that shows no page break, has no pages.
 */
public final class Pages {

    /** The document offsets where pages 2, 3, … begin, in order. */
    private final List<Integer> starts;

    private Pages(List<Integer> starts) {
        this.starts = starts;
    }

    /** The pages of {@code document}. */
    public static Pages of(RawDocument document) {
        if (!laidOut(document)) {
            return new Pages(List.of());
        }
        List<TextLayout.Unit> units = TextLayout.units(document.text(), true);
        List<Integer> starts = new ArrayList<>();
        for (int i = 1; i < units.size(); i++) {
            if (units.get(i).pageStart) {
                starts.add(units.get(i).start);
            }
        }
        return new Pages(List.copyOf(starts));
    }

    /** The 1-based page of a document offset; null when the document has no pages. */
    public Integer at(int offset) {
        if (starts.isEmpty()) {
            return null;
        }
        int found = Collections.binarySearch(starts, offset);
        return found >= 0 ? found + 2 : -found;
    }

    /** Plain text and PDF carry page furniture (page numbers, running headers); markup formats do not. */
    static boolean laidOut(RawDocument document) {
        return !List.of("md", "markdown", "html", "htm").contains(document.format());
    }
}
