package org.tiegraph.query;

import java.util.List;

/**
 * A document's footnotes by number: the verbatim text (null for documents loaded before footnotes were kept), its
 * page, and the sources it cites.
 */
public record FootnoteList(String documentId, List<Note> footnotes) {

    /** One footnote. */
    public record Note(Integer number, String text, Integer page, List<SourceRef> sources) {
    }
}
