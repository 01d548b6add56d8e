package org.tiegraph.extract;

import org.tiegraph.catalogue.Catalogue;

import java.nio.file.Path;
import org.tiegraph.ingest.DocumentParser;
import org.tiegraph.ingest.DocumentReader;
import org.tiegraph.ingest.ParsedDocument;

/**
 * Prints what the extractor makes of a document, for inspection: {@code ExtractionDump <file> [--trace]}. Reads and
 * parses it with the ingest stage, body sentences followed by the footnotes' prose sentences; with {@code --trace},
 * every sentence's entity spans, dependency graph and proposed edges first (for writing relation rules).
 */
public final class ExtractionDump {

    private ExtractionDump() {
    }

    public static void main(String[] args) throws Exception {
        ParsedDocument parsed = new DocumentParser().parseForExtraction(new DocumentReader().read(Path.of(args[0])));
        Extractor extractor = new Extractor(Catalogue.load());
        long w0 = System.nanoTime();
        extractor.extract(parsed);
        System.out.println("== first run " + (System.nanoTime() - w0) / 1_000_000 + " ms");
        long t0 = System.nanoTime();
        boolean trace = args.length > 1 && args[1].equals("--trace");
        Extraction x = extractor.extract(parsed, line -> {
            if (trace) {
                System.out.println(line);
            }
        });
        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.out.println("== entities " + x.entities().size());
        x.entities().forEach(e -> System.out.println(e.id() + " :" + e.type() + (e.discovered() ? " *" : "") + " " + e.aliases()));
        System.out.println("== edges " + x.edges().size());
        x.edges().forEach(e -> System.out.println(e.sourceId() + " -" + e.type() + "-> " + e.targetId() + "  [" + e.evidence().rule()
                + " " + e.evidence().modality().wire() + (e.evidence().year() == null ? "" : " " + e.evidence().year())
                + (e.evidence().attribution() == null ? "" : " @" + e.evidence().attribution())
                + (e.evidence().predicate() == null ? "" : " '" + e.evidence().predicate() + "'") + "] "
                + e.evidence().quote().replace('\n', ' ').substring(0, Math.min(110, e.evidence().quote().length()))));
        System.out.println("== rejected " + x.rejected().size());
        x.rejected().forEach(r -> System.out.println(r));
        System.out.println("== unresolved " + x.unresolved());
        System.out.println("== " + ms + " ms");
    }
}
