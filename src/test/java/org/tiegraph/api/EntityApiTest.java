package org.tiegraph.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tiegraph.api.ApiTestServer.encode;
import static org.tiegraph.api.ApiTestServer.get;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Entity search, entity details and neighbourhoods over the fixture graph. */
class EntityApiTest {

    private static List<String> ids(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.path("id").asText()));
        return out;
    }

    @Test
    void searchingAnAliasRanksTheExactMatchFirst() {
        var reply = get("/api/entities?q=PRC");
        assertThat(reply.status()).isEqualTo(200);
        JsonNode first = reply.json().path("items").get(0);
        assertThat(first.path("id").asText()).isEqualTo("china");
        assertThat(first.path("match").asText()).isEqualTo("alias");
        assertThat(first.path("type").asText()).isEqualTo("State");
        assertThat(first.path("aliases").toString()).contains("PRC");
    }

    @Test
    void exactAliasBeatsLongerNamesContainingTheWord() {
        // "Chinese" is an alias of China and a word in a company's name
        JsonNode items = get("/api/entities?q=Chinese").json().path("items");
        assertThat(ids(items)).contains("china", "xinjiang-drone-firms");
        assertThat(items.get(0).path("id").asText()).isEqualTo("china");
    }

    @Test
    void searchToleratesLuceneSyntaxAndTypos() {
        assertThat(get("/api/entities?q=" + encode("Garpiya-3")).json().path("items").get(0).path("id").asText())
                .isEqualTo("garpiya-3");
        assertThat(get("/api/entities?q=" + encode("U.S.")).json().path("items").get(0).path("id").asText())
                .isEqualTo("united-states");
        assertThat(ids(get("/api/entities?q=Rusia").json().path("items"))).contains("russia");
        assertThat(get("/api/entities?q=" + encode("(\"[*:~ AND")).status()).isEqualTo(200);
    }

    @Test
    void searchFiltersByTypeIncludingSubtypes() {
        JsonNode items = get("/api/entities?q=drone&type=Organization").json().path("items");
        assertThat(ids(items)).isNotEmpty().allMatch(id -> id.contains("drone") || id.contains("xinjiang"));
        items.forEach(i -> assertThat(i.path("type").asText()).isEqualTo("Company"));
    }

    @Test
    void listingWithoutQueryPagesInIdOrder() {
        JsonNode page = get("/api/entities?type=State&limit=2&offset=1").json();
        assertThat(page.path("total").asInt()).isEqualTo(4);
        assertThat(ids(page.path("items"))).containsExactly("iran", "russia");
    }

    @Test
    void unknownTypeIsABadRequestNamingTheParameter() {
        var reply = get("/api/entities?q=x&type=Spaceship");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().path("parameter").asText()).isEqualTo("type");
        assertThat(reply.json().path("detail").asText()).contains("Spaceship");
    }

    @Test
    void searchLimitAboveTheCapIsRefused() {
        var reply = get("/api/entities?q=china&limit=5000");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().path("parameter").asText()).isEqualTo("limit");
        assertThat(reply.json().path("detail").asText()).contains("cap is 100");
    }

    @Test
    void entityDetailsCarryDegreeAndDocuments() {
        JsonNode china = get("/api/entities/china").json();
        assertThat(china.path("name").asText()).isEqualTo("China");
        assertThat(china.path("labels").toString()).contains("Entity", "State");
        assertThat(china.has("searchText")).isFalse();
        assertThat(china.path("properties").has("searchText")).isFalse();
        assertThat(china.path("degree").path("total").asInt()).isEqualTo(4);
        assertThat(china.path("documents").get(0).path("id").asText()).isEqualTo("doc-drones");
        assertThat(china.path("documents").get(0).path("mentions").asInt()).isEqualTo(3);
    }

    @Test
    void unknownEntityIsAProblem404() {
        var reply = get("/api/entities/atlantis");
        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        JsonNode p = reply.json();
        assertThat(p.path("status").asInt()).isEqualTo(404);
        assertThat(p.path("title").asText()).isNotBlank();
        assertThat(p.path("detail").asText()).contains("atlantis");
        assertThat(p.path("type").asText()).isNotBlank();
    }

    @Test
    void neighbourhoodEdgesCarryEvidenceWithQuotesAndSources() {
        JsonNode hood = get("/api/entities/southeastern-china-drone-companies/neighborhood").json();
        assertThat(ids(hood.path("nodes"))).containsExactlyInAnyOrder("southeastern-china-drone-companies", "china",
                "drones", "united-states");
        JsonNode produces = null;
        for (JsonNode e : hood.path("edges")) {
            if (e.path("type").asText().equals("PRODUCES")) {
                produces = e;
            }
        }
        assertThat(produces).isNotNull();
        assertThat(produces.path("source").asText()).isEqualTo("southeastern-china-drone-companies");
        assertThat(produces.path("target").asText()).isEqualTo("drones");
        assertThat(produces.path("modality").asText()).isEqualTo("asserted");
        JsonNode ev = produces.path("evidence").get(0);
        assertThat(ev.path("quote").asText()).contains("producing drones for Russia");
        assertThat(ev.path("documentId").asText()).isEqualTo("doc-drones");
        assertThat(ev.path("sentenceId").asText()).isEqualTo("doc-drones#s2");
        assertThat(ev.path("end").asInt() - ev.path("start").asInt()).isEqualTo(ev.path("quote").asText().length());
        assertThat(ev.path("sources").get(0).path("url").asText()).startsWith("https://www.cnn.com/");
    }

    @Test
    void neighbourhoodDepthTypesAndYearFilters() {
        JsonNode deep = get("/api/entities/china/neighborhood?depth=2").json();
        assertThat(ids(deep.path("nodes"))).contains("drones", "garpiya-3", "united-states");
        JsonNode companies = get("/api/entities/china/neighborhood?depth=2&types=Company").json();
        assertThat(ids(companies.path("nodes"))).containsExactlyInAnyOrder("china", "southeastern-china-drone-companies",
                "xinjiang-drone-firms");
        JsonNode dated = get("/api/entities/russia/neighborhood?since=2024&until=2024").json();
        assertThat(ids(dated.path("nodes"))).containsExactlyInAnyOrder("russia", "drones");
        JsonNode reported = get("/api/entities/russia/neighborhood?modality=reported&edgeTypes=PRODUCES").json();
        assertThat(ids(reported.path("nodes"))).containsExactlyInAnyOrder("russia", "garpiya-3");
    }

    @Test
    void neighbourhoodLimitTruncates() {
        JsonNode hood = get("/api/entities/china/neighborhood?depth=2&limit=3").json();
        assertThat(hood.path("edges")).hasSize(3);
        assertThat(hood.path("truncated").asBoolean()).isTrue();
    }

    @Test
    void neighbourhoodDepthAboveTheCapIsRefused() {
        var reply = get("/api/entities/china/neighborhood?depth=4");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().path("parameter").asText()).isEqualTo("depth");
        assertThat(reply.json().path("detail").asText()).contains("cap is 3");
        assertThat(get("/api/entities/china/neighborhood?depth=two").json().path("parameter").asText())
                .isEqualTo("depth");
        assertThat(get("/api/entities/china/neighborhood?edgeTypes=LIKES").json().path("parameter").asText())
                .isEqualTo("edgeTypes");
        assertThat(get("/api/entities/nowhere/neighborhood").status()).isEqualTo(404);
    }

    @Test
    void anEdgeShowsItsEntitiesAndItsEvidence() {
        var reply = get("/api/edges/e-drones-to-russia");
        assertThat(reply.status()).isEqualTo(200);
        JsonNode body = reply.json();
        assertThat(body.path("edge").path("type").asText()).isEqualTo("SUPPLIED_TO");
        assertThat(body.path("source").path("id").asText()).isEqualTo("drones");
        assertThat(body.path("target").path("id").asText()).isEqualTo("russia");
        assertThat(body.path("edge").path("evidenceCount").asInt()).isEqualTo(1);
        assertThat(body.path("edge").path("evidence").get(0).path("quote").asText()).isEqualTo("producing drones for Russia");
        assertThat(body.path("edge").path("evidence").get(0).path("sources").get(0).path("footnote").asInt()).isEqualTo(25);
        assertThat(get("/api/edges/e-drones-to-russia?offset=1").json().path("edge").path("evidence").size()).isZero();
        assertThat(get("/api/edges/e-drones-to-russia?format=graphml").body()).contains("<graphml", "e-drones-to-russia");
    }

    @Test
    void anUnknownEdgeIsA404AndAnOversizedWindowA400() {
        var missing = get("/api/edges/nowhere");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        var tooMany = get("/api/edges/e-drones-to-russia?limit=501");
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.json().path("detail").asText()).contains("limit", "500");
    }
}
