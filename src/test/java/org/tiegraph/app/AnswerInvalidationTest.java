package org.tiegraph.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Session;
import org.tiegraph.api.ApiDependencies;
import org.tiegraph.api.ApiServer;
import org.tiegraph.query.AnswerCache;
import org.tiegraph.support.TestGraph;

/**
 * With the answer cache on, a repeated question is answered from the cache until the graph changes; a write by any
 * client of the DBMS running in this JVM (here a raw driver, as Neo4j Browser would) empties it.
 */
class AnswerInvalidationTest {

    private static TestGraph graph;
    private static Javalin api;
    private static AnswerCache answers;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start(@TempDir Path folder) throws Exception {
        graph = TestGraph.fresh();
        Path doc = folder.resolve("supply.txt");
        Files.writeString(doc, "China supplied drones to Russia in 2024.\n");
        graph.loader().load(List.of(doc), false, r -> { });
        answers = AnswerCache.of(Duration.ofMinutes(5), 10_000);
        EmbeddedNeo4j.onGraphChange(graph.harness().databaseManagementService(), answers::graphChanged);
        api = ApiServer.create(new ApiDependencies(graph.driver(), graph.database(), graph.catalogue(),
                new ApiDependencies.RuntimeInfo("embedded", graph.boltUri(), "test"),
                new ApiDependencies.ApiSettings(List.of(), Duration.ofSeconds(20), null), null, answers))
                .start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        api.stop();
        graph.close();
    }

    private static String get(String path) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + api.port() + path))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return r.body();
    }

    @Test
    void aWriteByAnyClientEmptiesTheCache() throws Exception {
        String before = get("/api/entities/russia/neighborhood");
        assertThat(before).contains("\"SUPPLIED_TO\"");
        assertThat(answers.size()).isEqualTo(1);
        assertThat(get("/api/entities/russia/neighborhood")).isEqualTo(before);

        try (Session session = graph.driver().session()) {
            session.executeWrite(tx -> tx.run("MATCH (:Entity {id: 'russia'})-[r]-() DELETE r").consume());
        }
        assertThat(answers.size()).isZero();
        String after = get("/api/entities/russia/neighborhood");
        assertThat(after).doesNotContain("\"SUPPLIED_TO\"").contains("\"edges\":[]");
    }
}
