package org.tiegraph.extract;

import org.tiegraph.catalogue.Modality;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tiegraph.ingest.DocumentParser;
import org.tiegraph.ingest.DocumentReader;
import org.tiegraph.ingest.ParsedDocument;

/**
 * The seed testimony (body and footnote prose, as the loader reads it) through ingest and extract against a golden
 * file (src/test/resources/golden/seed-edges.yaml):
 * triples that must be read with their modality, known-wrong readings that must stay absent; plus grounding and
 * determinism.
 */
class SeedExtractionTest {

    private static final Path SEED = Path.of("seeds",
            "2025-wishnick-uscc-china-military-cooperation-russia-iran-north-korea.txt");
    private static ParsedDocument parsed;
    private static Extraction x;
    private static JsonNode golden;

    @BeforeAll
    static void extractSeed() throws Exception {
        assertThat(Files.exists(SEED)).as("seed document present").isTrue();
        parsed = new DocumentParser().parseForExtraction(new DocumentReader().read(SEED));
        x = Fixture.EXTRACTOR.extract(parsed);
        try (InputStream in = SeedExtractionTest.class.getResourceAsStream("/golden/seed-edges.yaml")) {
            golden = new ObjectMapper(new YAMLFactory()).readTree(in);
        }
    }

    @Test
    void everyGoldenTripleIsReadWithItsModality() {
        List<String> missing = new ArrayList<>();
        for (JsonNode t : golden.path("present")) {
            String modality = t.get(3).asText();
            boolean found = x.edges().stream().anyMatch(e -> e.sourceId().equals(t.get(0).asText())
                    && e.type().equals(t.get(1).asText()) && e.targetId().equals(t.get(2).asText())
                    && e.evidence().modality().wire().equals(modality));
            if (!found) {
                missing.add(t.toString());
            }
        }
        assertThat(missing).as("golden triples not read (of %s edges)", x.edges().size()).isEmpty();
    }

    @Test
    void knownWrongReadingsStayAbsent() {
        List<String> back = new ArrayList<>();
        for (JsonNode t : golden.path("absent")) {
            String modality = t.get(3).asText();
            boolean asserted = x.edges().stream().anyMatch(e -> e.sourceId().equals(t.get(0).asText())
                    && e.type().equals(t.get(1).asText()) && e.targetId().equals(t.get(2).asText())
                    && switch (modality) {
                        case "denied-only" -> !onlyDenied(t);
                        case "denied" -> e.evidence().modality() == Modality.DENIED;
                        default -> e.evidence().modality() == Modality.ASSERTED;
                    });
            if (asserted) {
                back.add(t.toString());
            }
        }
        assertThat(back).as("known-wrong readings that came back").isEmpty();
    }

    /** For "denied-only": every evidence of the triple in the sentence that denies it is denied. */
    private static boolean onlyDenied(JsonNode t) {
        return x.edges().stream().filter(e -> e.sourceId().equals(t.get(0).asText()) && e.type().equals(t.get(1).asText())
                        && e.targetId().equals(t.get(2).asText()) && e.evidence().quote().contains("does not send"))
                .allMatch(e -> e.evidence().modality() == Modality.DENIED);
    }

    @Test
    void everyQuoteIsMadeOfVerbatimPiecesOfItsSentence() {
        Fixture.assertGrounded(x);
        int acrossPageBreaks = 0;
        for (Edge e : x.edges()) {
            var sentence = parsed.sentences().stream().filter(s -> s.id().equals(e.evidence().sentenceId()))
                    .findFirst().orElseThrow();
            for (var piece : e.evidence().segments()) {
                assertThat(sentence.segments()).anyMatch(g -> g.start() <= piece.start() && piece.end() <= g.end());
            }
            acrossPageBreaks += e.evidence().segments().size() > 1 ? 1 : 0;
        }
        assertThat(acrossPageBreaks).as("quotes of sentences cut by a page break").isPositive();
    }

    @Test
    void extractionIsDeterministic() {
        Extraction again = Fixture.EXTRACTOR.extract(parsed);
        assertThat(again.edges()).isEqualTo(x.edges());
        assertThat(again.entities()).isEqualTo(x.entities());
    }
}
