package org.tiegraph.ingest;

import java.util.Map;

/** Builds in-memory documents for parser tests. */
final class ParsingFixtures {

    private ParsingFixtures() {
    }

    static RawDocument document(String format, String text) {
        return new RawDocument("doc", "/tmp/doc." + format, format, "Test Document", Map.of(), text,
                DocumentReader.sha256(text));
    }

    static ParsedDocument parse(String text) {
        return new DocumentParser().parse(document("txt", text));
    }
}
