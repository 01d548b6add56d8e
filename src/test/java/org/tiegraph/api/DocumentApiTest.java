package org.tiegraph.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tiegraph.api.ApiTestServer.encode;
import static org.tiegraph.api.ApiTestServer.get;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Documents, load reports, sentences and sources over the fixture graph. */
class DocumentApiTest {

    @Test
    void documentsAreListedWithMetadataAndSize() {
        JsonNode page = get("/api/documents").json();
        assertThat(page.path("total").asInt()).isEqualTo(2);
        JsonNode doc = page.path("items").get(1);
        assertThat(doc.path("id").asText()).isEqualTo("doc-drones");
        assertThat(doc.path("title").asText()).contains("drones");
        assertThat(doc.path("metadata").path("author").asText()).isEqualTo("Test Author");
        assertThat(doc.path("metadata").has("report")).isFalse();
        assertThat(doc.path("sentences").asInt()).isEqualTo(4);
    }

    @Test
    void documentDetailCountsAndSources() {
        JsonNode doc = get("/api/documents/doc-drones").json();
        JsonNode counts = doc.path("counts");
        assertThat(counts.path("sections").asInt()).isEqualTo(1);
        assertThat(counts.path("sentences").asInt()).isEqualTo(4);
        assertThat(counts.path("evidence").asInt()).isEqualTo(12);
        assertThat(counts.path("edges").asInt()).isEqualTo(12);
        assertThat(counts.path("entities").asInt()).isEqualTo(10);
        assertThat(counts.path("mentions").asInt()).isEqualTo(15);
        List<Integer> footnotes = new ArrayList<>();
        doc.path("sources").forEach(s -> footnotes.add(s.path("footnote").asInt()));
        assertThat(footnotes).containsExactly(23, 25, 26, 27);
        assertThat(doc.path("hasReport").asBoolean()).isTrue();
    }

    @Test
    void loadReportIsReturnedAsJson() {
        JsonNode report = get("/api/documents/doc-drones/report").json();
        assertThat(report.path("documentId").asText()).isEqualTo("doc-drones");
        assertThat(get("/api/documents/nowhere/report").status()).isEqualTo(404);
    }

    @Test
    void damagedStoredDataIsA500WithoutInternals() {
        var reply = get("/api/documents/doc-damaged/report");
        assertThat(reply.status()).isEqualTo(500);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().path("incident").asText()).isNotBlank();
        assertThat(reply.body()).doesNotContain("Exception").doesNotContain("at org.");
    }

    @Test
    void unknownDocumentIsA404Problem() {
        var reply = get("/api/documents/nowhere");
        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().path("parameter").asText()).isEqualTo("id");
    }

    @Test
    void sentenceShowsTextMentionsSourcesAndTheEdgesItGrounds() throws IOException {
        JsonNode s = get("/api/sentences/" + encode("doc-drones#s2")).json();
        String text;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("fixture-document.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(text.substring(s.path("start").asInt(), s.path("end").asInt())).isEqualTo(s.path("text").asText());
        List<String> mentioned = new ArrayList<>();
        s.path("mentions").forEach(m -> mentioned.add(m.path("id").asText()));
        assertThat(mentioned).containsExactly("united-states", "southeastern-china-drone-companies", "drones", "russia");
        assertThat(s.path("sources").get(0).path("footnote").asInt()).isEqualTo(25);
        List<String> edges = new ArrayList<>();
        s.path("edges").forEach(e -> edges.add(e.path("id").asText()));
        assertThat(edges).containsExactlyInAnyOrder("e-us-sanctioned-se", "e-se-based-china", "e-se-produces-drones",
                "e-drones-to-russia");
        for (JsonNode e : s.path("edges")) {
            JsonNode ev = e.path("evidence").get(0);
            assertThat(text.substring(ev.path("start").asInt(), ev.path("end").asInt())).isEqualTo(ev.path("quote").asText());
        }
        assertThat(get("/api/sentences/nowhere").status()).isEqualTo(404);
    }

    @Test
    void sourcesAreListedAndFilterableByDocument() {
        JsonNode all = get("/api/sources").json();
        assertThat(all.path("total").asInt()).isEqualTo(4);
        JsonNode first = all.path("items").get(0);
        assertThat(first.path("url").asText()).startsWith("https://");
        assertThat(first.path("documents").get(0).asText()).isEqualTo("doc-drones");
        assertThat(first.path("citations").asInt()).isEqualTo(1);
        assertThat(get("/api/sources?documentId=doc-drones&limit=2").json().path("items")).hasSize(2);
        assertThat(get("/api/sources?documentId=doc-damaged").json().path("total").asInt()).isZero();
        assertThat(get("/api/sources?limit=0").status()).isEqualTo(400);
    }
}
