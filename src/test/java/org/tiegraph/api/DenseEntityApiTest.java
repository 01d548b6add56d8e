package org.tiegraph.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tiegraph.api.ApiTestServer.encode;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.SessionConfig;
import org.tiegraph.graph.EdgeRankings;
import org.tiegraph.support.TestGraph;

/**
 * Paths and patterns follow a dense entity only through its 1 000 best-evidenced edges and say so; exhaustive=true
 * follows the others too. The fixture: a state supplying 1 100 items, 100 of them on weaker evidence than the rest,
 * and two companies each reached through one item: beta through a well-evidenced one, acme through a weak one.
 */
class DenseEntityApiTest {

    private static final int ITEMS = 1_100;
    private static final int WEAK_FROM = 1_000;

    private static TestGraph graph;
    private static ApiTestServer api;

    @BeforeAll
    static void start() {
        graph = TestGraph.fresh();
        try (var s = graph.driver().session(SessionConfig.forDatabase(graph.database()))) {
            s.executeWrite(tx -> tx.run("""
                    CREATE (hub:Entity:State {id: 'hub', name: 'Hubland', type: 'State'})
                    CREATE (:Entity:Organization:Company {id: 'acme', name: 'Acme', type: 'Company'})
                    CREATE (:Entity:Organization:Company {id: 'beta', name: 'Beta', type: 'Company'})
                    WITH hub
                    UNWIND range(0, $items - 1) AS i
                    CREATE (hub)-[:SUPPLIES {id: 'h-' + i, evidenceCount: CASE WHEN i < $weakFrom THEN 3 ELSE 1 END,
                                             modality: 'asserted', confidence: 0.9}]
                           ->(:Entity:Item {id: 'item-' + i, name: 'Item ' + i, type: 'Item'})""",
                    Map.of("items", ITEMS, "weakFrom", WEAK_FROM)).consume());
            s.executeWrite(tx -> tx.run("""
                    MATCH (weak:Entity {id: 'item-1050'}), (strong:Entity {id: 'item-7'}),
                          (acme:Entity {id: 'acme'}), (beta:Entity {id: 'beta'})
                    CREATE (weak)-[:SUPPLIED_TO {id: 'weak-to-acme', evidenceCount: 2, modality: 'asserted', confidence: 0.9}]->(acme)
                    CREATE (strong)-[:SUPPLIED_TO {id: 'strong-to-beta', evidenceCount: 2, modality: 'asserted', confidence: 0.9}]->(beta)""")
                    .consume());
        }
        new EdgeRankings(graph.catalogue().edgeTypes().keySet())
                .refreshAll(graph.driver(), SessionConfig.forDatabase(graph.database()));
        api = ApiTestServer.over(graph.driver(), graph.database());
    }

    @AfterAll
    static void stop() {
        api.javalin().stop();
        graph.close();
    }

    private static JsonNode get(String pathAndQuery) {
        ApiTestServer.Reply reply = api.fetch(pathAndQuery);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    private static List<List<String>> paths(JsonNode answer) {
        List<List<String>> out = new ArrayList<>();
        for (JsonNode p : answer.path("paths")) {
            List<String> ids = new ArrayList<>();
            p.path("nodes").forEach(n -> ids.add(n.path("id").asText()));
            out.add(ids);
        }
        return out;
    }

    @Test
    void aPathThroughAWeakEdgeOfADenseEntityIsCutAndSaysSo() {
        JsonNode capped = get("/api/paths?from=hub&to=acme&maxHops=2");
        assertThat(paths(capped)).isEmpty();
        assertThat(capped.path("truncated").asBoolean()).isTrue();

        JsonNode exhaustive = get("/api/paths?from=hub&to=acme&maxHops=2&exhaustive=true");
        assertThat(paths(exhaustive)).containsExactly(List.of("hub", "item-1050", "acme"));
        assertThat(exhaustive.path("truncated").asBoolean()).isFalse();
    }

    @Test
    void theCapHoldsInEitherDirection() {
        assertThat(paths(get("/api/paths?from=acme&to=hub&maxHops=2"))).isEmpty();
        JsonNode entering = get("/api/paths?from=item-1050&to=hub&maxHops=1");
        assertThat(paths(entering)).isEmpty();
        assertThat(entering.path("truncated").asBoolean()).isTrue();
        assertThat(paths(get("/api/paths?from=item-1050&to=hub&maxHops=1&exhaustive=true")))
                .containsExactly(List.of("item-1050", "hub"));
    }

    @Test
    void aPathThroughAWellEvidencedEdgeIsFoundEitherWay() {
        JsonNode capped = get("/api/paths?from=hub&to=beta&maxHops=2");
        assertThat(paths(capped)).containsExactly(List.of("hub", "item-7", "beta"));
        assertThat(capped.path("truncated").asBoolean()).isTrue();
        assertThat(paths(get("/api/paths?from=hub&to=beta&maxHops=2&exhaustive=true")))
                .containsExactly(List.of("hub", "item-7", "beta"));
    }

    @Test
    void patternsFollowOnlyTheBestEdgesOfADenseEntityUnlessExhaustive() {
        JsonNode capped = get("/api/paths/pattern?p=" + encode("State:hub>*>Company:acme"));
        assertThat(paths(capped)).isEmpty();
        assertThat(capped.path("truncated").asBoolean()).isTrue();

        JsonNode exhaustive = get("/api/paths/pattern?p=" + encode("State:hub>*>Company:acme") + "&exhaustive=true");
        assertThat(paths(exhaustive)).containsExactly(List.of("hub", "item-1050", "acme"));
        assertThat(exhaustive.path("truncated").asBoolean()).isFalse();

        JsonNode strong = get("/api/paths/pattern?p=" + encode("State>Item>Company:beta"));
        assertThat(paths(strong)).containsExactly(List.of("hub", "item-7", "beta"));
        assertThat(strong.path("truncated").asBoolean()).isTrue();

        JsonNode posted = api.send("/api/paths/pattern", "{\"pattern\": \"State:hub>*>Company:acme\", \"exhaustive\": true}")
                .json();
        assertThat(paths(posted)).containsExactly(List.of("hub", "item-1050", "acme"));
    }

    @Test
    void exhaustiveMustBeABoolean() {
        ApiTestServer.Reply reply = api.fetch("/api/paths?from=hub&to=acme&exhaustive=always");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body()).contains("exhaustive must be true or false");
    }
}
