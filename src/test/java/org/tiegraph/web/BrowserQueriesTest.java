package org.tiegraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.tiegraph.extract.Catalogue;
import org.tiegraph.support.TestGraph;

/**
 * The ready-made Neo4j Browser queries (cypher/browser/queries.cypher): each one commented, each compiling against
 * the real schema, naming only labels and relationship types of the catalogue and the graph model, and the flagship
 * drone path finding its answer in the seed graph.
 */
class BrowserQueriesTest {

    /** Labels and relationship types of the document layer (cypher/README.md). */
    private static final Set<String> MODEL_NAMES = Set.of("Entity", "Document", "Section", "Sentence", "Source",
            "Evidence", "HAS_SECTION", "HAS_SENTENCE", "CITES", "MENTIONED_IN", "FROM_SENTENCE");

    private static final Pattern NAME_AFTER_COLON_OR_BAR = Pattern.compile("[:|]\\s*([A-Z][A-Za-z_]*)");

    private static List<Query> queries;

    /** One statement and the comment lines right above it. */
    record Query(String comment, String cypher) {
    }

    @BeforeAll
    static void read() throws IOException {
        try (InputStream in = BrowserQueriesTest.class.getClassLoader().getResourceAsStream("cypher/browser/queries.cypher")) {
            assertThat(in).as("cypher/browser/queries.cypher is shipped").isNotNull();
            queries = split(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    static List<Query> split(String file) {
        List<Query> out = new ArrayList<>();
        StringBuilder comment = new StringBuilder();
        StringBuilder cypher = new StringBuilder();
        for (String line : file.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("//")) {
                if (cypher.isEmpty()) {
                    comment.append(trimmed.substring(2).strip()).append(' ');
                }
            } else if (trimmed.isEmpty()) {
                if (cypher.isEmpty()) {
                    comment.setLength(0); // a blank line ends a header comment that belongs to no statement
                }
            } else {
                cypher.append(line).append('\n');
                if (trimmed.endsWith(";")) {
                    out.add(new Query(comment.toString().strip(), cypher.toString().strip().replaceAll(";$", "")));
                    comment.setLength(0);
                    cypher.setLength(0);
                }
            }
        }
        assertThat(cypher.toString()).as("every statement ends with ;").isBlank();
        return out;
    }

    @Test
    void everyAnalystQuestionIsThereWithAComment() {
        assertThat(queries).hasSizeGreaterThanOrEqualTo(6);
        assertThat(queries).allSatisfy(q -> assertThat(q.comment()).as(q.cypher()).isNotBlank());
        String comments = String.join("\n", queries.stream().map(Query::comment).toList()).toLowerCase();
        assertThat(comments).contains("drone", "vessel", "sanction", "north korea", "exercises with iran", "coast-guard");
    }

    @Test
    void queriesNameOnlyCatalogueAndModelTypes() {
        Catalogue catalogue = Catalogue.load();
        Set<String> unknown = new LinkedHashSet<>();
        for (Query q : queries) {
            Matcher m = NAME_AFTER_COLON_OR_BAR.matcher(q.cypher().replaceAll("'[^']*'", "''"));
            while (m.find()) {
                String name = m.group(1);
                if (!catalogue.isEntityType(name) && !catalogue.isEdgeType(name) && !MODEL_NAMES.contains(name)) {
                    unknown.add(name);
                }
            }
        }
        assertThat(unknown).as("labels and relationship types outside the catalogue and the graph model").isEmpty();
    }

    @Test
    void everyQueryCompilesAgainstTheSchema() {
        TestGraph graph = TestGraph.shared();
        try (Session session = graph.driver().session(SessionConfig.forDatabase(graph.database()))) {
            for (Query q : queries) {
                session.executeRead(tx -> tx.run("EXPLAIN " + q.cypher()).consume());
            }
        }
    }

    /**
     * A small hand-made graph in the model's shape with one instance of each question's answer, so every query is
     * checked for what it returns, independent of what the extractor finds in the seed.
     */
    private static final String FIXTURE = """
            CREATE (china:Entity:State {id: 'china', name: 'China', type: 'State', aliases: ['PRC']})
            CREATE (russia:Entity:State {id: 'russia', name: 'Russia', type: 'State', aliases: ['Moscow']})
            CREATE (iran:Entity:State {id: 'iran', name: 'Iran', type: 'State', aliases: []})
            CREATE (nk:Entity:State {id: 'north-korea', name: 'North Korea', type: 'State', aliases: ['DPRK']})
            CREATE (us:Entity:State {id: 'united-states', name: 'United States', type: 'State', aliases: ['US']})
            CREATE (firms:Entity:Organization:Company {id: 'firms', name: 'Chinese firms', type: 'Company', aliases: []})
            CREATE (drones:Entity:Item {id: 'drones', name: 'drones', type: 'Item', aliases: []})
            CREATE (garpiya:Entity:Item {id: 'garpiya-3', name: 'Garpiya-3', type: 'Item', aliases: []})
            CREATE (ship:Entity:Vessel {id: 'eagle-s', name: 'Eagle S', type: 'Vessel', aliases: [], flag: 'Cook Islands'})
            CREATE (cable:Entity:Infrastructure {id: 'cable', name: 'Estlink 2', type: 'Infrastructure', aliases: []})
            CREATE (sanction:Entity:Sanction {id: 'sanction', name: 'US drone sanctions', type: 'Sanction', aliases: []})
            CREATE (treaty:Entity:Treaty {id: 'treaty', name: 'DPRK-Russia treaty', type: 'Treaty', aliases: []})
            CREATE (belt:Entity:Exercise {id: 'belt', name: 'Maritime Security Belt', type: 'Exercise', aliases: []})
            CREATE (gulf:Entity:Place {id: 'gulf', name: 'Gulf of Oman', type: 'Place', aliases: []})
            CREATE (guard:Entity:Organization:MilitaryForce {id: 'ccg', name: 'Chinese Coast Guard', type: 'MilitaryForce', aliases: []})
            CREATE (cmc:Entity:Organization:GovernmentBody {id: 'cmc', name: 'Central Military Commission', type: 'GovernmentBody', aliases: []})
            CREATE (xi:Entity:Person {id: 'xi', name: 'Xi Jinping', type: 'Person', aliases: []})
            CREATE (doc:Document {id: 'doc', title: 'Testimony'})
            CREATE (sentence:Sentence {id: 'doc:s1', documentId: 'doc', index: 1, text: 'Chinese firms produce drones for Russia.'})
            CREATE (source:Source {id: 'src', title: 'A report', url: 'https://example.org/report'})
            CREATE (sentence)-[:CITES {footnote: 1}]->(source)
            CREATE (doc)-[:HAS_SECTION]->(:Section {id: 'doc:1', documentId: 'doc', index: 1})-[:HAS_SENTENCE]->(sentence)
            """;

    /** The fixture's domain relations: source id, type, target id; each gets one evidence node. */
    private static final List<List<String>> FIXTURE_RELATIONS = List.of(
            List.of("firms", "BASED_IN", "china"), List.of("firms", "PRODUCES", "drones"),
            List.of("drones", "SUPPLIED_TO", "russia"), List.of("firms", "PRODUCES", "garpiya-3"),
            List.of("eagle-s", "DAMAGED", "cable"), List.of("sanction", "ISSUED_BY", "united-states"),
            List.of("sanction", "TARGETS", "firms"), List.of("united-states", "SANCTIONED", "firms"),
            List.of("north-korea", "SIGNED", "treaty"), List.of("russia", "PARTY_TO", "treaty"),
            List.of("iran", "PARTICIPATED_IN", "belt"), List.of("china", "PARTICIPATED_IN", "belt"),
            List.of("belt", "HELD_IN", "gulf"), List.of("ccg", "REPORTS_TO", "cmc"), List.of("xi", "HEADS", "cmc"));

    @Test
    void everyQueryAnswersOnAGraphHoldingItsAnswer() {
        TestGraph graph = TestGraph.fresh();
        try (Session session = graph.driver().session(SessionConfig.forDatabase(graph.database()))) {
            session.executeWrite(tx -> tx.run(FIXTURE).consume());
            for (List<String> relation : FIXTURE_RELATIONS) {
                assertThat(Catalogue.load().isEdgeType(relation.get(1))).isTrue();
                String id = String.join("-", relation);
                session.executeWrite(tx -> tx.run("MATCH (a:Entity {id: $a}), (b:Entity {id: $b}), (s:Sentence {id: 'doc:s1'}) "
                        + "CREATE (a)-[:" + relation.get(1) + " {id: $id, modality: 'asserted', year: '2024', evidenceCount: 1}]->(b) "
                        + "CREATE (:Evidence {id: $id + ':1', edgeId: $id, documentId: 'doc', sentenceId: s.id, "
                        + "quote: s.text, modality: 'asserted', year: '2024'})-[:FROM_SENTENCE]->(s)",
                        java.util.Map.of("a", relation.get(0), "b", relation.get(2), "id", id)).consume());
            }
            for (Query q : queries) {
                int rows = session.executeRead(tx -> tx.run(q.cypher()).list().size());
                assertThat(rows).as("rows of: " + q.comment()).isPositive();
            }
            List<List<String>> dronePaths = session.executeRead(tx -> tx.run(queries.getFirst().cypher()).list(r ->
                    java.util.stream.StreamSupport.stream(r.get("p").asPath().nodes().spliterator(), false)
                            .map(n -> n.get("name").asString()).toList()));
            assertThat(dronePaths).containsExactly(List.of("China", "Chinese firms", "drones", "Russia"));
        } finally {
            graph.close();
        }
    }

    @Test
    void theDronePathIsFoundInTheSeedGraph() {
        TestGraph graph = TestGraph.shared();
        Query drones = queries.getFirst();
        assertThat(drones.comment()).containsIgnoringCase("drone path");
        try (Session session = graph.driver().session(SessionConfig.forDatabase(graph.database()))) {
            List<List<String>> paths = session.executeRead(tx -> tx.run(drones.cypher()).list(r ->
                    java.util.stream.StreamSupport.stream(r.get("p").asPath().nodes().spliterator(), false)
                            .map(n -> n.get("name").asString()).toList()));
            assertThat(paths).isNotEmpty().allSatisfy(names -> {
                assertThat(names.getFirst()).isEqualTo("China");
                assertThat(names.getLast()).isEqualTo("Russia");
            });
        }
    }
}
