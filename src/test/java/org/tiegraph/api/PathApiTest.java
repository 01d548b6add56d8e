package org.tiegraph.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tiegraph.api.ApiTestServer.encode;
import static org.tiegraph.api.ApiTestServer.get;
import static org.tiegraph.api.ApiTestServer.post;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Paths between entities and typed path patterns over the fixture graph. */
class PathApiTest {

    private static List<String> nodeIds(JsonNode path) {
        List<String> out = new ArrayList<>();
        path.path("nodes").forEach(n -> out.add(n.path("id").asText()));
        return out;
    }

    private static List<List<String>> allPaths(JsonNode answer) {
        List<List<String>> out = new ArrayList<>();
        answer.path("paths").forEach(p -> out.add(nodeIds(p)));
        return out;
    }

    @Test
    void shortestPathComesFirst() {
        JsonNode answer = get("/api/paths?from=china&to=russia").json();
        JsonNode first = answer.path("paths").get(0);
        assertThat(nodeIds(first)).containsExactly("china", "russia");
        assertThat(first.path("length").asInt()).isEqualTo(1);
        assertThat(first.path("edges").get(0).path("type").asText()).isEqualTo("COOPERATES_WITH");
        assertThat(first.path("score").asDouble()).isBetween(0.0, 1.0);
        assertThat(answer.has("pattern")).isFalse();
    }

    @Test
    void pathsAreRankedShorterFirst() {
        JsonNode paths = get("/api/paths?from=china&to=russia&maxHops=4&limit=50").json().path("paths");
        assertThat(paths.size()).isGreaterThan(3);
        int previous = 0;
        for (JsonNode p : paths) {
            assertThat(p.path("length").asInt()).isGreaterThanOrEqualTo(previous);
            assertThat(nodeIds(p)).doesNotHaveDuplicates();
            previous = p.path("length").asInt();
        }
    }

    @Test
    void flagshipPathThroughDronesNamesTheCompaniesWithQuotesAndFootnoteUrls() {
        JsonNode answer = get("/api/paths?from=china&to=russia&via=drones&maxHops=4&limit=10").json();
        List<List<String>> paths = allPaths(answer);
        assertThat(paths.getFirst()).containsExactly("china", "southeastern-china-drone-companies", "drones", "russia");
        assertThat(paths).anySatisfy(p -> assertThat(p).contains("xinjiang-drone-firms", "garpiya-3"));
        assertThat(paths).allSatisfy(p -> {
            assertThat(p).contains("drones");
            assertThat(p.getFirst()).isEqualTo("china");
            assertThat(p.getLast()).isEqualTo("russia");
            assertThat(p).doesNotHaveDuplicates();
            assertThat(p.size() - 1).isLessThanOrEqualTo(4);
        });
        JsonNode first = answer.path("paths").get(0);
        assertThat(first.path("edges")).hasSize(3);
        for (JsonNode edge : first.path("edges")) {
            JsonNode ev = edge.path("evidence").get(0);
            assertThat(ev.path("quote").asText()).isNotBlank();
            assertThat(ev.path("sources").get(0).path("url").asText()).startsWith("https://www.cnn.com/");
        }
    }

    @Test
    void directedPathsFollowStoredDirections() {
        assertThat(allPaths(get("/api/paths?from=china&to=russia&directed=true&maxHops=2").json()))
                .containsExactly(List.of("china", "russia"));
        assertThat(get("/api/paths?from=russia&to=china&directed=true&maxHops=3").json().path("paths")).isEmpty();
    }

    @Test
    void edgeTypeFilterRestrictsHops() {
        List<List<String>> paths = allPaths(get("/api/paths?from=china&to=russia&maxHops=4&edgeTypes="
                + "SUPPLIES,SUPPLIED_TO,SUPPLIES_TO").json());
        assertThat(paths).containsExactly(List.of("china", "drone-parts", "iran", "russia"));
    }

    @Test
    void hopCapIsEnforcedWithAProblemNamingTheParameter() {
        var reply = get("/api/paths?from=china&to=russia&maxHops=50");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().path("parameter").asText()).isEqualTo("maxHops");
        assertThat(reply.json().path("detail").asText()).contains("cap is 6");
        assertThat(get("/api/paths?from=china&to=russia&limit=1000").json().path("parameter").asText())
                .isEqualTo("limit");
    }

    @Test
    void missingOrUnknownEndsAreNamed() {
        assertThat(get("/api/paths?to=russia").json().path("parameter").asText()).isEqualTo("from");
        var unknown = get("/api/paths?from=china&to=atlantis");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().path("parameter").asText()).isEqualTo("to");
        assertThat(get("/api/paths?from=china&to=china").status()).isEqualTo(400);
    }

    @Test
    void typedPatternReturnsTheDroneCompaniesAndTheGarpiya() {
        JsonNode answer = get("/api/paths/pattern?p=" + encode("State:china>Company>Item>State:russia")).json();
        List<List<String>> paths = allPaths(answer);
        assertThat(paths).containsExactlyInAnyOrder(
                List.of("china", "southeastern-china-drone-companies", "drones", "russia"),
                List.of("china", "xinjiang-drone-firms", "garpiya-3", "russia"));
        for (JsonNode p : answer.path("paths")) {
            for (JsonNode e : p.path("edges")) {
                assertThat(e.path("evidence").get(0).path("quote").asText()).isNotBlank();
                assertThat(e.path("evidence").get(0).path("sources").get(0).path("url").asText()).startsWith("https://");
            }
        }
    }

    @Test
    void wildcardStepsAndAliasResolution() {
        JsonNode answer = get("/api/paths/pattern?p=" + encode("State:china>*>Item:drone>State:russia")).json();
        assertThat(answer.path("pattern").asText()).isEqualTo("State:china>*>Item:drones>State:russia");
        assertThat(allPaths(answer)).containsExactly(
                List.of("china", "southeastern-china-drone-companies", "drones", "russia"));
    }

    @Test
    void edgeTypesBetweenStepsRestrictHops() {
        JsonNode answer = get("/api/paths/pattern?p="
                + encode("State:china>[BASED_IN]>Company>[PRODUCES]>Item>[SUPPLIED_TO|PRODUCES]>russia")).json();
        assertThat(allPaths(answer)).hasSize(2);
        JsonNode none = get("/api/paths/pattern?p=" + encode("china>[SANCTIONED]>Company")).json();
        assertThat(none.path("paths")).isEmpty();
    }

    @Test
    void unknownTypeInAPatternIsABadRequest() {
        var reply = get("/api/paths/pattern?p=" + encode("State:china>Spaceship>State:russia"));
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().path("parameter").asText()).isEqualTo("p");
        assertThat(reply.json().path("detail").asText()).contains("Spaceship").contains("step 2");
        assertThat(get("/api/paths/pattern?p=" + encode("china>[LIKES]>russia")).json().path("detail").asText())
                .contains("LIKES");
        assertThat(get("/api/paths/pattern?p=" + encode("Item:china>*")).status()).isEqualTo(400);
        assertThat(get("/api/paths/pattern?p=" + encode("china>*>*>*>*>*>*>russia")).json().path("detail").asText())
                .contains("cap");
        assertThat(get("/api/paths/pattern").json().path("parameter").asText()).isEqualTo("p");
    }

    @Test
    void unknownEntityInAPatternIsNotFound() {
        var reply = get("/api/paths/pattern?p=" + encode("State:atlantis>*"));
        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.json().path("detail").asText()).contains("step 1").contains("atlantis");
    }

    @Test
    void patternCanBePostedAsJson() {
        JsonNode text = post("/api/paths/pattern", "{\"pattern\":\"State:china>Company>Item>State:russia\",\"limit\":1}").json();
        assertThat(text.path("paths")).hasSize(1);
        JsonNode structured = post("/api/paths/pattern", """
                {"steps": [{"type": "State", "id": "china"}, {"type": "Company"}, {}, {"id": "russia"}],
                 "hops": [{"edgeTypes": ["BASED_IN"]}, {}, {}], "modality": ["reported"]}""").json();
        assertThat(allPaths(structured)).containsExactly(
                List.of("china", "xinjiang-drone-firms", "garpiya-3", "russia"));
        var bad = post("/api/paths/pattern", "{\"steps\": [{\"type\": \"State\"}], \"colour\": 1}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().path("parameter").asText()).isEqualTo("colour");
        assertThat(post("/api/paths/pattern", "{not json").status()).isEqualTo(400);
    }
}
