package org.tiegraph.ingest;

import java.text.Normalizer;
import java.util.Map;

/**
 * A document as read from disk: its stable id, where it came from, its metadata and its plain text.
 * Every offset anywhere in the pipeline refers to {@code text}; every quote is a substring of it.
 */
public record RawDocument(String id, String path, String format, String title, Map<String, String> metadata,
                          String text, String sha256) {

    /**
     * The SHA-256 of the text with its layout normalised (Unicode NFKC, every run of white space one space, trimmed):
     * the same for the same content under another name, with other line ends or wrapped differently.
     */
    public String contentHash() {
        String normalised = Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", " ").strip();
        return DocumentReader.sha256(normalised);
    }
}
