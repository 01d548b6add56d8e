package org.tiegraph.ingest;

import java.util.List;

/** A document split into sections, body sentences (footnotes removed) and footnotes with their sources. */
public record ParsedDocument(RawDocument document, List<Section> sections, List<Sentence> sentences,
                             List<Footnote> footnotes) {
}
