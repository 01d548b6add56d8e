package org.tiegraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A document read as text over the seed: passages around a sentence, footnotes, and the document view's HTML route. */
class PassageApiTest {

    private static final String DOC = "2025-wishnick-uscc-china-military-cooperation-russia-iran-north-korea";

    private static ApiTestServer.Reply get(String path) {
        return ApiTestServer.seed().fetch(path);
    }

    @Test
    void aPassageIsTheSentenceAmongItsNeighboursWithSectionPageAndFacts() {
        ApiTestServer.Reply reply = get("/api/documents/" + DOC + "/passage?around=" + DOC + ":s40&window=3");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode passage = reply.json();
        assertThat(passage.path("around").asText()).isEqualTo(DOC + ":s40");
        assertThat(passage.path("inFootnotes").asBoolean()).isFalse();
        assertThat(passage.path("hasBefore").asBoolean()).isTrue();
        assertThat(passage.path("hasAfter").asBoolean()).isTrue();
        List<Integer> indexes = new ArrayList<>();
        passage.path("sentences").forEach(s -> indexes.add(s.path("index").asInt()));
        assertThat(indexes).containsExactly(37, 38, 39, 40, 41, 42, 43);
        for (JsonNode line : passage.path("sentences")) {
            assertThat(line.path("text").asText()).isNotBlank();
            assertThat(line.path("section").path("id").asText()).isNotBlank();
            assertThat(line.path("page").isInt()).as("page of %s", line.path("id")).isTrue();
        }
        JsonNode facts = allFacts(passage);
        assertThat(facts).isNotEmpty();
        JsonNode fact = facts.get(0);
        assertThat(fact.path("edgeId").asText()).isNotBlank();
        assertThat(fact.path("type").asText()).matches("[A-Z_]+");
        assertThat(fact.path("source").path("name").asText()).isNotBlank();
        assertThat(fact.path("quote").asText()).isNotBlank();
    }

    @Test
    void withoutAroundThePassageStartsAtTheFirstSentence() {
        JsonNode passage = get("/api/documents/" + DOC + "/passage").json();
        assertThat(passage.path("hasBefore").asBoolean()).isFalse();
        assertThat(passage.path("sentences").get(0).path("index").asInt()).isZero();
        assertThat(passage.path("sentences").size()).isEqualTo(5);
    }

    @Test
    void footnotesCarryTheirTextPageAndSources() {
        ApiTestServer.Reply reply = get("/api/documents/" + DOC + "/footnotes");
        assertThat(reply.status()).isEqualTo(200);
        JsonNode notes = reply.json().path("footnotes");
        assertThat(notes.size()).isGreaterThan(10);
        JsonNode first = notes.get(0);
        assertThat(first.path("number").asInt()).isPositive();
        assertThat(first.path("page").isInt()).isTrue();
        assertThat(first.path("text").asText()).isNotBlank();
        boolean anySource = false;
        for (JsonNode note : notes) {
            anySource |= !note.path("sources").isEmpty();
        }
        assertThat(anySource).isTrue();
    }

    @Test
    void unknownDocumentsSentencesAndBadWindowsAreProblems() {
        ApiTestServer.Reply unknown = get("/api/documents/no-such-doc/passage");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(unknown.json().path("detail").asText()).contains("no-such-doc");

        ApiTestServer.Reply sentence = get("/api/documents/" + DOC + "/passage?around=" + DOC + ":s999999");
        assertThat(sentence.status()).isEqualTo(404);
        assertThat(sentence.body()).contains("around");

        ApiTestServer.Reply window = get("/api/documents/" + DOC + "/passage?window=51");
        assertThat(window.status()).isEqualTo(400);
        assertThat(window.body()).contains("window");

        ApiTestServer.Reply longId = get("/api/documents/" + DOC + "/passage?around=" + "x".repeat(500));
        assertThat(longId.status()).isEqualTo(400);
        assertThat(longId.body()).contains("around");

        assertThat(get("/api/documents/no-such-doc/footnotes").status()).isEqualTo(404);
    }

    @Test
    void theDocumentViewIsAnHtmlPageBesideTheApi() {
        ApiTestServer.Reply page = get("/documents/" + DOC);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("js/document.js");
        assertThat(get("/api/documents/" + DOC).contentType()).startsWith("application/json");
    }

    private static JsonNode allFacts(JsonNode passage) {
        var facts = ApiTestServer.JSON.createArrayNode();
        passage.path("sentences").forEach(s -> s.path("facts").forEach(facts::add));
        return facts;
    }
}
