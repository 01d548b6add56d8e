package org.tiegraph.extract;

import java.nio.file.Files;
import java.nio.file.Path;
import org.tiegraph.ingest.ParsedDocument;

/** Prints what the extractor makes of a text file, for inspection: {@code ExtractionDump <file>}. */
public final class ExtractionDump {

    private ExtractionDump() {
    }

    public static void main(String[] args) throws Exception {
        String text = Files.readString(Path.of(args[0]));
        ParsedDocument parsed = Docs.parse("doc", text);
        Extractor extractor = new Extractor(Catalogue.load());
        long t0 = System.nanoTime();
        Extraction x = extractor.extract(parsed);
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
