package org.tiegraph.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.SessionConfig;
import org.tiegraph.graph.EdgeRankings;
import org.tiegraph.support.TestGraph;

/**
 * Stored edge rankings of dense entities change how fast a neighbourhood is found, never what it is: for every
 * combination of centre, depth, limit and filters the answer with rankings equals the answer without them; a ranking
 * is trusted only while the entity's degree is the one ranked. The last level of a path search, the edges between
 * two frontiers, is the same read from either.
 */
@SuppressWarnings("unchecked")
class EdgeRankingTest {

    private static final List<String> TYPES = List.of("SUPPLIES", "TRADES_WITH", "COOPERATES_WITH");
    private static final List<String> MODALITIES = List.of("asserted", "reported", "denied");
    private static final List<String> LEAF_TYPES = List.of("Company", "Item", "Place");
    private static final int LEAVES = 60;

    private static TestGraph graph;
    private static CypherRunner cypher;
    private static EntityService entities;
    private static EdgeRankings rankings;

    @BeforeAll
    static void start() {
        graph = TestGraph.fresh();
        cypher = new CypherRunner(graph.driver(), graph.database(), Duration.ofSeconds(30),
                graph.catalogue().edgeTypes().keySet());
        entities = new EntityService(cypher, graph.catalogue(), AnswerCache.disabled());
        rankings = new EdgeRankings(graph.catalogue().edgeTypes().keySet(), 10, 15);
        List<Map<String, Object>> nodes = new ArrayList<>();
        nodes.add(Map.of("id", "hub-a", "type", "State"));
        nodes.add(Map.of("id", "hub-b", "type", "State"));
        for (int i = 0; i < LEAVES; i++) {
            nodes.add(Map.of("id", "leaf-" + i, "type", LEAF_TYPES.get(i % 3)));
        }
        List<Map<String, Object>> edges = new ArrayList<>();
        for (int i = 0; i < LEAVES; i++) {
            edges.add(edge("a-" + i, "hub-a", "leaf-" + i, i % 4, i));
            if (i < 40) {
                edges.add(i % 2 == 0 ? edge("b-" + i, "leaf-" + i, "hub-b", (i * 7) % 5, i + 1)
                        : edge("b-" + i, "hub-b", "leaf-" + i, (i * 7) % 5, i + 1));
            }
            if (i < 20) {
                edges.add(edge("l-" + i, "leaf-" + i, "leaf-" + (i + 1), 1, i + 2));
            }
        }
        edges.add(edge("ab", "hub-a", "hub-b", 9, 0));
        write("""
                UNWIND $nodes AS n
                CREATE (e:Entity {id: n.id, name: n.id, type: n.type}) SET e:$(n.type)""", Map.of("nodes", nodes));
        write("""
                UNWIND $edges AS e
                MATCH (a:Entity {id: e.source}), (b:Entity {id: e.target})
                CREATE (a)-[r:$(e.type)]->(b)
                SET r.id = e.id, r.evidenceCount = e.evidenceCount, r.modality = e.modality, r.year = e.year,
                    r.years = [e.year]""", Map.of("edges", edges));
        write("""
                MATCH (h:Entity {id: 'hub-a'})
                UNWIND range(1, 5) AS i
                CREATE (h)-[:MENTIONED_IN]->(:Sentence {id: 'sentence-' + i})""", Map.of());
    }

    @AfterAll
    static void stop() {
        graph.close();
    }

    private static Map<String, Object> edge(String id, String source, String target, int evidence, int i) {
        return Map.of("id", id, "source", source, "target", target, "type", TYPES.get(i % 3), "evidenceCount", evidence,
                "modality", MODALITIES.get(i % 3), "year", 2018 + i % 7);
    }

    private static void write(String cypher, Map<String, Object> parameters) {
        try (var s = graph.driver().session(SessionConfig.forDatabase(graph.database()))) {
            s.executeWrite(tx -> tx.run(cypher, parameters).consume());
        }
    }

    private static void removeRankings() {
        write("MATCH (e:Entity) REMOVE e.edgeRanking, e.edgeRankingDegree", Map.of());
    }

    private static int rankAll() {
        return rankings.refreshAll(graph.driver(), SessionConfig.forDatabase(graph.database()));
    }

    /** Every combination of centre, depth, limit, edge filter and node types, answered now. */
    private static List<Neighborhood> answers() {
        List<EdgeFilter> filters = List.of(EdgeFilter.NONE,
                new EdgeFilter(Set.of("SUPPLIES"), Set.of(), null, null),
                new EdgeFilter(Set.of(), Set.of("asserted"), null, null),
                new EdgeFilter(Set.of(), Set.of(), 2020, 2022));
        List<Neighborhood> out = new ArrayList<>();
        for (String centre : List.of("hub-a", "hub-b", "leaf-3")) {
            for (int depth = 1; depth <= 2; depth++) {
                for (int limit : List.of(1, 4, 10, 25, 70)) {
                    for (EdgeFilter filter : filters) {
                        for (Set<String> nodeTypes : List.of(Set.<String>of(), Set.of("Company"))) {
                            out.add(entities.neighborhood(centre, depth, nodeTypes, filter, limit));
                        }
                    }
                }
            }
        }
        return out;
    }

    private static List<String> edgeIds(Neighborhood n) {
        return n.edges().stream().map(EdgeView::id).toList();
    }

    private static Map<String, Object> stored(String id) {
        try (var s = graph.driver().session(SessionConfig.forDatabase(graph.database()))) {
            return s.executeRead(tx -> tx.run("""
                    MATCH (e:Entity {id: $id})
                    RETURN e.edgeRanking AS ranking, e.edgeRankingDegree AS degree,
                           [x IN coalesce(e.edgeRanking, []) |
                            head(COLLECT { MATCH ()-[r]->() WHERE elementId(r) = x RETURN r.id })] AS edgeIds""",
                    Map.of("id", id)).single().asMap());
        }
    }

    @Test
    void rankingsLeaveEveryAnswerUnchangedAndFollowTheGraph() {
        removeRankings();
        List<Neighborhood> unranked = answers();
        assertThat(rankAll()).isEqualTo(2);
        Map<String, Object> hubA = stored("hub-a");
        assertThat(hubA.get("degree")).isEqualTo(61L);
        assertThat((List<Object>) hubA.get("edgeIds")).hasSize(15).startsWith("ab", "a-11", "a-15", "a-19");
        assertThat(stored("leaf-3").get("ranking")).isNull();
        assertThat(answers()).isEqualTo(unranked);

        // A trusted ranking is read, not recomputed: put hub-a's worst edges in it, with its degree unchanged.
        List<Object> worstFirst = new ArrayList<>();
        write("""
                MATCH (h:Entity {id: 'hub-a'})-[r]-(:Entity)
                WITH h, r ORDER BY r.evidenceCount, r.id LIMIT 15
                WITH h, collect(elementId(r)) AS worst
                SET h.edgeRanking = worst""", Map.of());
        Neighborhood misled = entities.neighborhood("hub-a", 1, Set.of(), EdgeFilter.NONE, 4);
        misled.edges().forEach(e -> worstFirst.add(e.evidenceCount()));
        assertThat(worstFirst).containsOnly(0);

        // A new edge changes the degree, so the stale ranking is ignored until the entity is ranked again.
        write("""
                MATCH (h:Entity {id: 'hub-a'}), (l:Entity {id: 'leaf-59'})
                CREATE (l)-[:SUPPLIES {id: 'a-new', evidenceCount: 12, modality: 'asserted', year: 2021, years: [2021]}]->(h)""",
                Map.of());
        assertThat(edgeIds(entities.neighborhood("hub-a", 1, Set.of(), EdgeFilter.NONE, 4)))
                .containsExactly("a-new", "ab", "a-11", "a-15");
        try (var s = graph.driver().session(SessionConfig.forDatabase(graph.database()))) {
            s.executeWrite(tx -> {
                rankings.refresh(tx, List.of("hub-a"));
                return null;
            });
        }
        assertThat((List<Object>) stored("hub-a").get("edgeIds")).startsWith("a-new", "ab");
        removeRankings();
        unranked = answers();
        rankAll();
        assertThat(answers()).isEqualTo(unranked);
    }

    /** Domain edges whose outsideCap mark disagrees with the rankings of their ends (marked iff a ranked end leaves it out). */
    private static List<Object> misMarked() {
        try (var s = graph.driver().session(SessionConfig.forDatabase(graph.database()))) {
            return s.executeRead(tx -> tx.run("""
                    MATCH (a:Entity)-[r]->(b:Entity)
                    WITH r, any(e IN [a, b] WHERE e.edgeRanking IS NOT NULL AND NOT elementId(r) IN e.edgeRanking) AS outside
                    WHERE coalesce(r.outsideCap, false) <> outside
                    RETURN r.id AS id""").list(row -> row.get("id").asObject()));
        }
    }

    @Test
    void edgesOutsideTheRankingOfADenseEndAreMarkedForCappedTraversals() {
        rankAll();
        assertThat(misMarked()).isEmpty();
        try (var s = graph.driver().session(SessionConfig.forDatabase(graph.database()))) {
            long marked = s.executeRead(tx -> tx.run("MATCH ()-[r {outsideCap: true}]->() RETURN count(r) AS n")
                    .single().get("n").asLong());
            assertThat(marked).isPositive();
        }
    }

    @Test
    void anEntityThatIsNoLongerDenseLosesItsRanking() {
        write("""
                MERGE (h:Entity {id: 'hub-c', name: 'hub-c', type: 'State'}) SET h:State
                WITH h
                UNWIND range(1, 12) AS i
                CREATE (h)-[:TRADES_WITH {id: 'c-' + i, evidenceCount: i}]->(:Entity:Company {id: 'c-leaf-' + i})""",
                Map.of());
        try (var s = graph.driver().session(SessionConfig.forDatabase(graph.database()))) {
            s.executeWrite(tx -> {
                rankings.refresh(tx, List.of("hub-c"));
                return null;
            });
            assertThat(stored("hub-c").get("degree")).isEqualTo(12L);
            s.executeWrite(tx -> tx.run("MATCH (:Entity {id: 'hub-c'})-[r]->() WHERE r.evidenceCount <= 3 DELETE r").consume());
            s.executeWrite(tx -> {
                rankings.refresh(tx, List.of("hub-c"));
                return null;
            });
        }
        assertThat(stored("hub-c").get("ranking")).isNull();
        assertThat(stored("hub-c").get("degree")).isNull();
        assertThat(misMarked()).doesNotContain("c-4", "c-5", "c-12");
        assertThat(entities.entity("hub-c").properties()).doesNotContainKeys("edgeRanking", "edgeRankingDegree");
        write("MATCH (h:Entity {id: 'hub-c'}) DETACH DELETE h", Map.of());
        write("MATCH (c:Entity) WHERE c.id STARTS WITH 'c-leaf-' DETACH DELETE c", Map.of());
    }

    private static List<String> leaves(int from, int to, int step) {
        List<String> ids = new ArrayList<>();
        for (int i = from; i < to; i += step) {
            ids.add("leaf-" + i);
        }
        return ids;
    }

    @Test
    void theLastLevelOfAPathSearchIsTheSameReadFromEitherFrontier() {
        rankAll();
        List<List<List<String>>> sides = List.of(
                List.of(List.of("hub-a"), concat(leaves(0, 30, 1), List.of("hub-b"))),
                List.of(leaves(0, 40, 1), List.of("hub-a", "hub-b")),
                List.of(concat(List.of("hub-a", "hub-b"), List.of("leaf-5")), leaves(1, 60, 3)),
                List.of(List.of("leaf-3", "leaf-4"), List.of("leaf-2", "leaf-5", "hub-b")),
                List.of(leaves(0, 20, 2), leaves(1, 21, 2)));
        List<EdgeFilter> filters = List.of(EdgeFilter.NONE,
                new EdgeFilter(Set.of("SUPPLIES", "TRADES_WITH"), Set.of(), null, null),
                new EdgeFilter(Set.of(), Set.of("asserted"), null, null),
                new EdgeFilter(Set.of(), Set.of(), 2020, 2022));
        List<String> directions = List.of("both", "out", "in");
        int compared = 0;
        // 5 sides x 3 directions x 4 filters: co-prime strides meet every triple; capped or exhaustive, narrow or not
        for (int k = 0; k < 60; k++) {
            boolean narrow = k % 7 < 3;
            String direction = directions.get(k % 3);
            Map<String, Object> p = new HashMap<>(filters.get(k % 4).parameters());
            p.put("exhaustive", k % 11 < 5);
            p.put("nodeTypes", null);
            p.put("seenEdges", narrow ? List.of("a-1", "b-2", "l-3", "ab") : List.of());
            p.put("limit", narrow ? 3 : 1000);
            Map<String, Object> reverse = new HashMap<>(p);
            p.put("frontier", sides.get(k % 5).get(0));
            p.put("within", sides.get(k % 5).get(1));
            p.put("direction", direction);
            reverse.put("frontier", sides.get(k % 5).get(1));
            reverse.put("within", sides.get(k % 5).get(0));
            reverse.put("direction", direction.equals("both") ? "both" : direction.equals("out") ? "in" : "out");
            List<Object> edges = cypher.read("expand_level", p).getFirst().get("edges").asList();
            assertThat(cypher.read("expand_level", reverse).getFirst().get("edges").asList()).as(p.toString())
                    .isEqualTo(edges);
            compared += edges.size();
        }
        assertThat(compared).isGreaterThan(150);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
