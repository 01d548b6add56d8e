package org.tiegraph.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.tiegraph.catalogue.Catalogue;
import org.tiegraph.extract.Extraction;
import org.tiegraph.extract.Extractor;
import org.tiegraph.extract.nlp.LanguageModel;
import org.tiegraph.ingest.DocumentFinder;
import org.tiegraph.ingest.DocumentParser;
import org.tiegraph.ingest.DocumentReader;
import org.tiegraph.ingest.ParsedDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bench-extraction PATH...}: how fast documents are read and extracted (no database): the model load, then
 * each pass over the documents with its words per second; the first pass runs on a cold JVM.
 */
@Command(name = "bench-extraction", mixinStandardHelpOptions = true,
        description = "Extraction speed without a database: loads the language models, then reads, parses and "
                + "extracts the documents (files or folders; default: seeds) several times and prints words per second.")
final class ExtractionBenchCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Documents or folders (default: seeds).")
    List<Path> paths = new ArrayList<>(List.of(Path.of("seeds")));

    @Option(names = "--passes", defaultValue = "3", paramLabel = "N",
            description = "Passes over the documents (default: ${DEFAULT-VALUE}).")
    int passes;

    @Override
    public Integer call() {
        long t0 = System.nanoTime();
        LanguageModel model = LanguageModel.load();
        long modelMs = millisSince(t0);
        Extractor extractor = new Extractor(Catalogue.load(), () -> model);
        List<Path> files = new DocumentFinder().find(paths);
        System.out.printf("language models loaded in %d ms; %d documents%n", modelMs, files.size());
        for (int pass = 1; pass <= passes; pass++) {
            long start = System.nanoTime();
            long words = 0;
            long sentences = 0;
            long edges = 0;
            for (Path file : files) {
                ParsedDocument parsed = new DocumentParser().parseForExtraction(new DocumentReader().read(file));
                Extraction x = extractor.extract(parsed);
                words += parsed.document().text().split("\\s+").length;
                sentences += parsed.sentences().size();
                edges += x.edges().size();
            }
            long ms = Math.max(1, millisSince(start));
            System.out.printf("pass %d: %d words, %d sentences, %d edges in %d ms: %d words/s%n", pass, words,
                    sentences, edges, ms, words * 1000 / ms);
        }
        return 0;
    }

    private static long millisSince(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }
}
