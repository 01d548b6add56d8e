package org.tiegraph.ingest;

import java.util.List;

/** A footnote's repaired number, its verbatim text span in the document, and the sources it cites. */
public record Footnote(int number, int start, int end, String text, List<Source> sources) {
}
