package org.tiegraph.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tiegraph.api.ApiTestServer.encode;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tiegraph.graph.LoadReport;
import org.tiegraph.support.TestGraph;

/**
 * The API over the seed documents loaded by the real loader (the shared harness). Ids are looked up through search;
 * every quote is checked against the document text at its offsets.
 */
class SeedApiTest {

    private final ApiTestServer api = ApiTestServer.seed();

    /** The seed texts by document id (answers never name a server path: the loader's reports do). */
    private static Map<String, String> seedTexts() {
        Map<String, String> texts = new HashMap<>();
        for (LoadReport r : TestGraph.shared().seedReports()) {
            try {
                texts.put(r.documentId(), Files.readString(Path.of(r.path()), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return texts;
    }

    /** The id of the entity whose name or alias is exactly {@code text} (after normalisation), or null. */
    private String exactEntity(String text, String type) {
        JsonNode first = api.fetch("/api/entities?q=" + encode(text) + (type == null ? "" : "&type=" + type))
                .json().path("items").path(0);
        return first.isMissingNode() || first.path("match").asText().equals("text") ? null : first.path("id").asText();
    }

    private static List<String> nodeTypes(JsonNode path) {
        List<String> types = new ArrayList<>();
        path.path("nodes").forEach(n -> types.add(n.path("type").asText()));
        return types;
    }

    private static void assertGrounded(JsonNode edge, Map<String, String> texts) {
        assertThat(edge.path("evidence").size()).as("evidence of %s", edge.path("id")).isPositive();
        for (JsonNode ev : edge.path("evidence")) {
            String text = texts.get(ev.path("documentId").asText());
            assertThat(text).as("document %s", ev.path("documentId")).isNotNull();
            assertThat(segmentTexts(ev, text)).isEqualTo(ev.path("quote").asText());
            assertThat(ev.path("segments").get(0).path("start").asInt()).isEqualTo(ev.path("start").asInt());
            assertThat(ev.path("segments").get(ev.path("segments").size() - 1).path("end").asInt())
                    .isEqualTo(ev.path("end").asInt());
            ev.path("sources").forEach(s -> {
                if (!s.path("url").isNull()) {
                    assertThat(s.path("url").asText()).startsWith("http");
                }
            });
        }
    }

    /** The document texts of an answer's {@code segments}, joined by one space. */
    private static String segmentTexts(JsonNode withSegments, String text) {
        List<String> pieces = new ArrayList<>();
        withSegments.path("segments").forEach(g -> pieces.add(text.substring(g.path("start").asInt(),
                g.path("end").asInt())));
        return String.join(" ", pieces);
    }

    @Test
    void searchingPrcFindsChina() {
        JsonNode first = api.fetch("/api/entities?q=PRC").json().path("items").path(0);
        assertThat(first.path("name").asText()).isEqualTo("China");
        assertThat(first.path("type").asText()).isEqualTo("State");
        assertThat(exactEntity("People's Republic of China", "State")).isEqualTo(first.path("id").asText());
    }

    @Test
    void neighbourhoodEvidenceIsVerbatimInTheSeedWithFootnoteUrls() {
        Map<String, String> texts = seedTexts();
        String china = exactEntity("China", "State");
        JsonNode hood = api.fetch("/api/entities/" + china + "/neighborhood?depth=1&limit=1000").json();
        assertThat(hood.path("edges").size()).isPositive();
        hood.path("edges").forEach(e -> assertGrounded(e, texts));
    }

    @Test
    void aSentenceShowsTheEdgesItGroundsAndItsDocumentText() {
        Map<String, String> texts = seedTexts();
        String china = exactEntity("China", "State");
        JsonNode edge = api.fetch("/api/entities/" + china + "/neighborhood").json().path("edges").path(0);
        JsonNode ev = edge.path("evidence").path(0);
        JsonNode sentence = api.fetch("/api/sentences/" + encode(ev.path("sentenceId").asText())).json();
        List<String> grounded = new ArrayList<>();
        sentence.path("edges").forEach(e -> grounded.add(e.path("id").asText()));
        assertThat(grounded).contains(edge.path("id").asText());
        // a sentence cut by a page break spans interleaved footnote text: its words appear in order within its span
        String span = texts.get(sentence.path("documentId").asText())
                .substring(sentence.path("start").asInt(), sentence.path("end").asInt());
        int at = 0;
        for (String word : sentence.path("text").asText().split("\\s+")) {
            at = span.indexOf(word, at);
            assertThat(at).as("'%s' in the sentence's span", word).isNotNegative();
            at += word.length();
        }
        assertThat(ev.path("start").asInt()).isBetween(sentence.path("start").asInt(), sentence.path("end").asInt());
        assertThat(segmentTexts(sentence, texts.get(sentence.path("documentId").asText())))
                .isEqualTo(sentence.path("text").asText());
    }

    @Test
    void aSentenceCutByAPageBreakShowsEachOfItsSegments() {
        Map<String, String> texts = seedTexts();
        String cutId;
        try (var session = TestGraph.shared().driver().session()) {
            cutId = session.executeRead(tx -> tx.run(
                    "MATCH (s:Sentence) WHERE size(s.segments) > 2 RETURN s.id AS id ORDER BY id LIMIT 1").list())
                    .getFirst().get("id").asString();
        }
        JsonNode cut = api.fetch("/api/sentences/" + encode(cutId)).json();
        assertThat(cut.path("segments").size()).as("segments of %s", cutId).isGreaterThan(1);
        String text = texts.get(cut.path("documentId").asText());
        assertThat(segmentTexts(cut, text)).isEqualTo(cut.path("text").asText());
        assertThat(cut.path("segments").get(0).path("start").asInt()).isEqualTo(cut.path("start").asInt());
        assertThat(cut.path("segments").get(cut.path("segments").size() - 1).path("end").asInt())
                .isEqualTo(cut.path("end").asInt());
    }

    /** An edge read from a sentence cut by a page break shows the whole sentence, with each verbatim segment. */
    @Test
    void anEdgeFromASentenceCutByAPageBreakQuotesItWhole() {
        Map<String, String> texts = seedTexts();
        String edgeId;
        String evidenceId;
        try (var session = TestGraph.shared().driver().session()) {
            var found = session.executeRead(tx -> tx.run("MATCH (ev:Evidence)-[:FROM_SENTENCE]->(s:Sentence) "
                    + "WHERE size(ev.segments) > 2 AND size(s.text) <= 400 "
                    + "RETURN ev.edgeId AS edge, ev.id AS id ORDER BY id LIMIT 1").list());
            assertThat(found).as("evidence across a page break in the seed").isNotEmpty();
            edgeId = found.getFirst().get("edge").asString();
            evidenceId = found.getFirst().get("id").asString();
        }
        JsonNode edge = api.fetch("/api/edges/" + encode(edgeId) + "?limit=500").json().path("edge");
        JsonNode ev = null;
        for (JsonNode item : edge.path("evidence")) {
            ev = item.path("id").asText().equals(evidenceId) ? item : ev;
        }
        assertThat(ev).as("evidence %s of edge %s", evidenceId, edgeId).isNotNull();
        JsonNode sentence = api.fetch("/api/sentences/" + encode(ev.path("sentenceId").asText())).json();
        String text = texts.get(ev.path("documentId").asText());
        assertThat(ev.path("segments").size()).isGreaterThan(1);
        assertThat(ev.path("quote").asText()).isEqualTo(sentence.path("text").asText())
                .isEqualTo(segmentTexts(ev, text));
        assertThat(ev.path("segments")).isEqualTo(sentence.path("segments"));
    }

    @Test
    void seedDocumentsAreListedWithTheirLoadReports() {
        int seeds = TestGraph.shared().seedReports().size();
        JsonNode docs = api.fetch("/api/documents").json();
        assertThat(docs.path("total").asInt()).isEqualTo(seeds);
        assertThat(api.fetch("/api/stats").json().path("documents").asInt()).isEqualTo(seeds);
        String id = docs.path("items").path(0).path("id").asText();
        assertThat(api.fetch("/api/documents/" + encode(id) + "/report").status()).isEqualTo(200);
        JsonNode doc = api.fetch("/api/documents/" + encode(id)).json();
        assertThat(doc.path("counts").path("sentences").asInt()).isPositive();
        assertThat(doc.path("sources").size()).isPositive();
    }

    /**
     * The flagship chain: China -> Chinese companies -> drones / the Garpiya-3 -> Russia, each hop with a verbatim
     * quote, through both a path query and a typed pattern.
     */
    @Test
    void flagshipChainFromChinaThroughCompaniesAndDronesToRussia() {
        String garpiya = exactEntity("Garpiya-3", "Item");
        String drones = exactEntity("drones", "Item");
        assertThat(garpiya).as("the Garpiya-3 is an Item found by search").isNotNull();
        assertThat(drones).as("drones are an Item found by search").isNotNull();
        String china = exactEntity("China", "State");
        String russia = exactEntity("Russia", "State");
        Map<String, String> texts = seedTexts();
        for (String item : List.of(drones, garpiya)) {
            JsonNode paths = api.fetch("/api/paths?from=" + china + "&to=" + russia + "&via=" + encode(item)
                    + "&maxHops=4&limit=10").json().path("paths");
            assertThat(paths.size()).as("paths via %s", item).isPositive();
            assertThat(paths).as("a company on a path via %s", item)
                    .anySatisfy(p -> assertThat(nodeTypes(p)).contains("Company"));
            paths.forEach(p -> p.path("edges").forEach(e -> assertGrounded(e, texts)));
            boolean footnoteUrl = false;
            for (JsonNode p : paths) {
                for (JsonNode e : p.path("edges")) {
                    for (JsonNode ev : e.path("evidence")) {
                        for (JsonNode s : ev.path("sources")) {
                            footnoteUrl |= s.path("url").asText().startsWith("http");
                        }
                    }
                }
            }
            assertThat(footnoteUrl).as("a footnote url on the paths via %s", item).isTrue();
        }
        JsonNode pattern = api.fetch("/api/paths/pattern?limit=50&p="
                + encode("State:" + china + ">Company>Item:" + drones + ">State:" + russia)).json();
        assertThat(pattern.path("paths").size()).isPositive();
        pattern.path("paths").forEach(p -> p.path("edges").forEach(e -> assertGrounded(e, texts)));
    }

    /**
     * Paths through a generic item hold only where one passage supports both hops through it: by default every path
     * is coherent and the China - drone parts - Iran - drone technology - Russia chain (one sentence) stays;
     * {@code coherent=false} adds the others, labelled and ranked after.
     */
    @Test
    void pathsThroughGenericItemsAreCoherentUnlessAskedOtherwise() {
        String china = exactEntity("China", "State");
        String russia = exactEntity("Russia", "State");
        String iran = exactEntity("Iran", "State");
        String parts = exactEntity("drone parts", "Item");
        String technology = exactEntity("drone technology", "Item");
        String query = "/api/paths?from=" + china + "&to=" + russia + "&via=" + iran + "&maxHops=4&limit=50";
        JsonNode coherent = api.fetch(query).json().path("paths");
        assertThat(coherent).allSatisfy(p -> assertThat(p.path("coherent").asBoolean()).isTrue());
        List<List<String>> chains = new ArrayList<>();
        coherent.forEach(p -> chains.add(p.path("nodes").findValuesAsText("id")));
        assertThat(chains).contains(List.of(china, parts, iran, technology, russia));
        List<Boolean> all = new ArrayList<>();
        api.fetch(query + "&coherent=false").json().path("paths").forEach(p -> all.add(p.path("coherent").asBoolean()));
        assertThat(all).contains(true, false);
        assertThat(all.subList(all.indexOf(false), all.size())).containsOnly(false);
    }

    @Test
    void allTheEvidenceOfAnEdgeCanBePagedThrough() {
        String china = exactEntity("China", "State");
        JsonNode best = api.fetch("/api/entities/" + china + "/neighborhood?limit=1").json().path("edges").get(0);
        int total = best.path("evidenceCount").asInt();
        assertThat(total).as("the best-evidenced edge around China").isGreaterThan(1);
        String id = best.path("id").asText();
        List<String> paged = new ArrayList<>();
        for (int offset = 0; offset < total; offset++) {
            JsonNode page = api.fetch("/api/edges/" + encode(id) + "?limit=1&offset=" + offset).json();
            assertThat(page.path("edge").path("evidenceCount").asInt()).isEqualTo(total);
            page.path("edge").path("evidence").forEach(ev -> paged.add(ev.path("id").asText()));
        }
        List<String> whole = new ArrayList<>();
        api.fetch("/api/edges/" + encode(id) + "?limit=500").json().path("edge").path("evidence")
                .forEach(ev -> whole.add(ev.path("id").asText()));
        assertThat(paged).hasSize(total).doesNotHaveDuplicates().isEqualTo(whole);
        List<String> first = new ArrayList<>();
        best.path("evidence").forEach(ev -> first.add(ev.path("id").asText()));
        assertThat(whole).startsWith(first.toArray(String[]::new));
    }
}
