package org.tiegraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.tiegraph.catalogue.Catalogue;
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

    private static List<BrowserQueries.Query> queries;

    @BeforeAll
    static void read() throws IOException {
        queries = BrowserQueries.load();
    }

    @Test
    void everyAnalystQuestionIsThereWithAComment() {
        assertThat(queries).hasSizeGreaterThanOrEqualTo(6);
        assertThat(queries).allSatisfy(q -> assertThat(q.comment()).as(q.cypher()).isNotBlank());
        String comments = String.join("\n", queries.stream().map(BrowserQueries.Query::comment).toList()).toLowerCase();
        assertThat(comments).contains("drone", "vessel", "sanction", "north korea", "exercises with iran", "coast-guard");
    }

    @Test
    void queriesNameOnlyCatalogueAndModelTypes() {
        Catalogue catalogue = Catalogue.load();
        Set<String> unknown = new LinkedHashSet<>();
        for (BrowserQueries.Query q : queries) {
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
            for (BrowserQueries.Query q : queries) {
                session.executeRead(tx -> tx.run("EXPLAIN " + q.cypher()).consume());
            }
        }
    }

    @Test
    void everyQueryAnswersOnAGraphHoldingItsAnswer() {
        TestGraph graph = TestGraph.fresh();
        try (Session session = graph.driver().session(SessionConfig.forDatabase(graph.database()))) {
            BrowserQueries.loadFixture(session);
            for (BrowserQueries.Query q : queries) {
                int rows = session.executeRead(tx -> tx.run(q.cypher()).list().size());
                assertThat(rows).as("rows of: " + q.comment()).isPositive();
                List<String> warnings = session.executeRead(tx -> tx.run("EXPLAIN " + q.cypher()).consume())
                        .notifications().stream()
                        .filter(n -> !n.code().contains("Unknown")) // labels or properties this small graph lacks
                        .map(n -> n.code() + ": " + n.description()).toList();
                assertThat(warnings).as("warnings for: " + q.comment()).isEmpty();
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
        BrowserQueries.Query drones = queries.getFirst();
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
