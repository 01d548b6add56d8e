package org.tiegraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Session;
import org.tiegraph.catalogue.Catalogue;

/**
 * The Neo4j Browser queries as shipped (cypher/browser/queries.cypher, split into statements with their comments) and
 * a small hand-made graph in the model's shape holding one answer to each of them.
 */
final class BrowserQueries {

    /** One statement and the comment lines right above it. */
    record Query(String comment, String cypher) {
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

    private BrowserQueries() {
    }

    /** The statements of cypher/browser/queries.cypher, in file order. */
    static List<Query> load() throws IOException {
        try (InputStream in = BrowserQueries.class.getClassLoader().getResourceAsStream("cypher/browser/queries.cypher")) {
            assertThat(in).as("cypher/browser/queries.cypher is shipped").isNotNull();
            return split(new String(in.readAllBytes(), StandardCharsets.UTF_8));
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

    /** Writes the fixture: its entities and document layer, then each relation with one evidence node. */
    static void loadFixture(Session session) {
        Catalogue catalogue = Catalogue.load();
        session.executeWrite(tx -> tx.run(FIXTURE).consume());
        for (List<String> relation : FIXTURE_RELATIONS) {
            assertThat(catalogue.isEdgeType(relation.get(1))).as(relation.get(1)).isTrue();
            String id = String.join("-", relation);
            session.executeWrite(tx -> tx.run("MATCH (a:Entity {id: $a}), (b:Entity {id: $b}), (s:Sentence {id: 'doc:s1'}) "
                    + "CREATE (a)-[:" + relation.get(1) + " {id: $id, modality: 'asserted', year: '2024', evidenceCount: 1}]->(b) "
                    + "CREATE (:Evidence {id: $id + ':1', edgeId: $id, documentId: 'doc', sentenceId: s.id, "
                    + "quote: s.text, modality: 'asserted', year: '2024'})-[:FROM_SENTENCE]->(s)",
                    Map.of("a", relation.get(0), "b", relation.get(2), "id", id)).consume());
        }
    }
}
