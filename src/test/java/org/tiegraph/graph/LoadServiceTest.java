package org.tiegraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.SessionConfig;
import org.tiegraph.support.TestGraph;

/**
 * Loading is idempotent, skips unchanged documents and the same text under another name, rehearses without a trace,
 * reports failures without the server's folders, and every stored quote is verbatim in its document.
 */
class LoadServiceTest {

    private static TestGraph graph;

    @BeforeAll
    static void start() {
        graph = TestGraph.fresh();
    }

    @AfterAll
    static void stop() {
        graph.close();
    }

    @Test
    void loadingTwiceGivesTheSameGraphAndUnchangedDocumentsAreSkipped() {
        List<LoadReport> first = graph.loader().load(List.of(TestGraph.SEEDS), false, r -> { });
        assertThat(first).extracting(LoadReport::status).containsOnly(LoadReport.LOADED);
        GraphFingerprint once = GraphFingerprint.of(graph.driver(), graph.database());
        assertThat(once.nodes()).isPositive();

        assertThat(graph.loader().load(List.of(TestGraph.SEEDS), false, r -> { }))
                .extracting(LoadReport::status).containsOnly(LoadReport.UNCHANGED);
        assertThat(graph.loader().load(List.of(TestGraph.SEEDS), true, r -> { }))
                .extracting(LoadReport::status).containsOnly(LoadReport.LOADED);
        assertThat(GraphFingerprint.of(graph.driver(), graph.database())).isEqualTo(once);
    }

    @Test
    void malformedDocumentsGetAClearReportLineAndTheOthersStillLoad(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("a-empty.txt"), "");
        Files.write(folder.resolve("b-binary.txt"), new byte[] {0x00, 0x01, 0x02, (byte) 0xff, 0x00, 0x10, 0x00});
        Files.write(folder.resolve("c-latin1.txt"), "Caf\u00e9 in P\u00e9kin".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        Files.writeString(folder.resolve("d-scripts.html"), "<html><head><script>alert('x')</script></head><body>"
                + "<script>document.write('China')</script><style>p{}</style></body></html>");
        try (var big = Files.newOutputStream(folder.resolve("e-huge.txt"))) {
            byte[] line = "China sells drones to Russia. ".repeat(100).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            for (long written = 0; written <= 51L * 1024 * 1024; written += line.length) {
                big.write(line);
            }
        }
        Files.writeString(folder.resolve("f-good.txt"), "In 2024 the US sanctioned two Chinese companies for "
                + "producing drones for Russia.\n");

        List<LoadReport> reports = graph.loader().load(List.of(folder), false, r -> { });

        assertThat(reports).hasSize(6);
        assertThat(reports.subList(0, 5)).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(LoadReport.FAILED);
            assertThat(r.message()).isNotBlank().doesNotContain("Exception");
            assertThat(r.summary()).startsWith("FAILED " + r.path());
        });
        assertThat(reports.get(5).status()).isEqualTo(LoadReport.LOADED);
        assertThat(reports.get(5).sentences()).isPositive();
    }

    @Test
    void everyEvidenceQuoteIsVerbatimInItsDocument() throws IOException {
        List<String> seedIds = graph.loader().load(List.of(TestGraph.SEEDS), false, r -> { }).stream()
                .map(LoadReport::documentId).toList();
        Map<String, String> texts = new java.util.HashMap<>();
        try (var session = graph.driver().session(SessionConfig.forDatabase(graph.database()))) {
            var docs = session.run("MATCH (d:Document) WHERE d.id IN $ids RETURN d.id AS id, d.path AS path",
                    Map.of("ids", seedIds)).list();
            assertThat(docs).isNotEmpty();
            for (var d : docs) {
                texts.put(d.get("id").asString(), Files.readString(Path.of(d.get("path").asString())));
            }
            var evidence = session.run("MATCH (ev:Evidence) WHERE ev.documentId IN $docs RETURN ev.documentId AS doc, "
                    + "ev.start AS start, ev.end AS end, ev.segments AS segments, ev.quote AS quote",
                    Map.of("docs", List.copyOf(texts.keySet()))).list();
            assertThat(evidence).isNotEmpty();
            int acrossPageBreaks = 0;
            for (var ev : evidence) {
                String text = texts.get(ev.get("doc").asString());
                List<Integer> offsets = ev.get("segments").asList(v -> v.asInt());
                assertThat(ev.get("quote").asString()).isEqualTo(joinedSegments(text, offsets));
                assertThat(offsets.getFirst()).isEqualTo(ev.get("start").asInt());
                assertThat(offsets.getLast()).isEqualTo(ev.get("end").asInt());
                acrossPageBreaks += offsets.size() > 2 ? 1 : 0;
            }
            assertThat(acrossPageBreaks).as("quotes of sentences cut by a page break").isPositive();
            long edgesWithoutEvidence = session.run("MATCH (a:Entity)-[r]->(b:Entity) WHERE NOT EXISTS { "
                    + "MATCH (ev:Evidence {edgeId: r.id}) } RETURN count(r) AS n").single().get("n").asLong();
            assertThat(edgesWithoutEvidence).isZero();
        }
    }

    /** A sentence cut by a footnote block at a page break is stored as evidence quoted whole, with both segments. */
    @Test
    void aQuoteAcrossAPageBreakIsWrittenWithItsSegmentsAndReadBack(@TempDir Path folder) throws IOException {
        String text = """
                 A Note on Drones

                Russia buys drones from China.1 Since 2022, Iran has sent Shahed drones

                1 For more on this, see Jane Doe, “Drone Trade,” May 2, 2022, https://example.com/drones/.
                 to Russia for use in Ukraine. Officials deny this.2

                2 “Denial,” June 1, 2024, https://example.net/denial.
                """;
        LoadReport report = graph.loader().loadOne(Files.writeString(folder.resolve("cut-sentence.txt"), text), false);
        assertThat(report.status()).isEqualTo(LoadReport.LOADED);
        try (var session = graph.driver().session(SessionConfig.forDatabase(graph.database()))) {
            var ev = session.run("MATCH (ev:Evidence {documentId: $doc, sourceId: 'iran'})-[:FROM_SENTENCE]->(s) "
                    + "RETURN ev.quote AS quote, ev.segments AS segments, ev.start AS start, ev.end AS end, "
                    + "s.text AS sentence LIMIT 1", Map.of("doc", report.documentId())).single();
            List<Integer> offsets = ev.get("segments").asList(v -> v.asInt());
            assertThat(offsets).hasSize(4);
            assertThat(text.substring(offsets.get(0), offsets.get(1)))
                    .isEqualTo("Since 2022, Iran has sent Shahed drones");
            assertThat(text.substring(offsets.get(2), offsets.get(3))).isEqualTo("to Russia for use in Ukraine.");
            assertThat(ev.get("quote").asString()).isEqualTo(joinedSegments(text, offsets))
                    .isEqualTo(ev.get("sentence").asString());
            assertThat(List.of(ev.get("start").asInt(), ev.get("end").asInt()))
                    .containsExactly(offsets.getFirst(), offsets.getLast());
        }
    }

    /** The texts of the stretches a flat list of offsets names (start, end, start, end, ...), joined by one space. */
    private static String joinedSegments(String text, List<Integer> offsets) {
        List<String> pieces = new java.util.ArrayList<>();
        for (int i = 0; i + 1 < offsets.size(); i += 2) {
            pieces.add(text.substring(offsets.get(i), offsets.get(i + 1)));
        }
        return String.join(" ", pieces);
    }

    @Test
    void theSameTextUnderAnotherNameIsADuplicateAndCountsOnceAsEvidence(@TempDir Path folder) throws IOException {
        String text = "Belarus supplies artillery shells to Russia.\n";
        LoadReport first = graph.loader().loadOne(Files.writeString(folder.resolve("shells.txt"), text), false);
        assertThat(first.status()).isEqualTo(LoadReport.LOADED);
        GraphFingerprint once = GraphFingerprint.of(graph.driver(), graph.database());
        String edge = GraphWriter.edgeId("belarus", "SUPPLIES", "artillery-shells");

        Path renamed = Files.writeString(folder.resolve("shells-copy.md"), "  Belarus supplies artillery shells\r\nto Russia.");
        LoadReport second = graph.loader().loadOne(renamed, false);

        assertThat(second.status()).isEqualTo(LoadReport.DUPLICATE);
        assertThat(second.documentId()).isEqualTo("shells");
        assertThat(second.message()).contains("already loaded as document 'shells'");
        assertThat(GraphFingerprint.of(graph.driver(), graph.database())).isEqualTo(once);
        try (var session = graph.driver().session(SessionConfig.forDatabase(graph.database()))) {
            assertThat(session.run("MATCH ()-[r {id: $id}]->() RETURN r.evidenceCount AS n", Map.of("id", edge))
                    .single().get("n").asInt()).isEqualTo(1);
        }
    }

    @Test
    void aRehearsalCoversEveryWriteStatementAndLeavesTheGraphAsItWas() {
        String text;
        try (var in = getClass().getClassLoader().getResourceAsStream("loader/rehearsal.txt")) {
            text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        var raw = new org.tiegraph.ingest.RawDocument("r", "r.txt", "txt", "r", Map.of(), text, "x");
        var parsed = new org.tiegraph.ingest.DocumentParser().parse(raw);
        var extraction = new org.tiegraph.extract.Extractor(graph.catalogue()).extract(parsed);
        // every batched write statement gets rows, so each one is planned
        assertThat(parsed.sections()).isNotEmpty();
        assertThat(parsed.sentences()).isNotEmpty();
        assertThat(parsed.footnotes()).anySatisfy(f -> assertThat(f.sources()).isNotEmpty());
        assertThat(extraction.entities()).isNotEmpty();
        assertThat(extraction.mentions()).isNotEmpty();
        assertThat(graph.loader().ground(raw, extraction, new java.util.ArrayList<>())).isNotEmpty();

        GraphFingerprint before = GraphFingerprint.of(graph.driver(), graph.database());
        graph.loader().rehearse();
        assertThat(GraphFingerprint.of(graph.driver(), graph.database())).isEqualTo(before);
    }

    @Test
    void failuresNameTheFileButNoFolderOfTheServer(@TempDir Path folder) throws IOException {
        Path file = Files.write(folder.resolve("garbage.txt"), new byte[] {0x00, 0x01, (byte) 0xff});
        LoadReport report = graph.loader().loadOne(file, false);
        assertThat(report.status()).isEqualTo(LoadReport.FAILED);
        assertThat(report.message()).doesNotContain(folder.toString());
        String json = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(report);
        assertThat(json).doesNotContain(folder.toString()).contains("\"file\":\"garbage.txt\"");
    }
}
