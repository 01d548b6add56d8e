package org.tiegraph.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tiegraph.support.TestGraph;

/**
 * Paths follow what carries something from one party to another: by default no RELATED_TO, no adversarial relation
 * and no denied edge; a request that names the types or modalities gets them.
 */
class TraversalDefaultsTest {

    private static TestGraph graph;
    private static PathService paths;

    @BeforeAll
    static void load(@TempDir Path folder) throws Exception {
        graph = TestGraph.fresh();
        Path doc = Files.writeString(folder.resolve("links.txt"), "Iran courted Venezuela in 2023.\n\n"
                + "Russia opposes Georgia.\n\nChina did not supply drones to Cuba.\n");
        graph.loader().load(List.of(doc), false, r -> { });
        CypherRunner cypher = new CypherRunner(graph.driver(), graph.database(), Duration.ofSeconds(20),
                graph.catalogue().edgeTypes().keySet());
        paths = new PathService(cypher, graph.catalogue(), new EntityService(cypher, graph.catalogue(),
                AnswerCache.disabled()), AnswerCache.disabled());
    }

    @AfterAll
    static void close() {
        graph.close();
    }

    private static int count(String from, String to, EdgeFilter filter) {
        return paths.paths(from, to, null, 3, 10, filter, false).paths().size();
    }

    @Test
    void untypedAndAdversarialEdgesAreFollowedOnlyWhenNamed() {
        assertThat(count("iran", "venezuela", EdgeFilter.NONE)).isZero();
        assertThat(count("iran", "venezuela", new EdgeFilter(Set.of("RELATED_TO"), Set.of(), null, null))).isOne();
        assertThat(count("russia", "georgia", EdgeFilter.NONE)).isZero();
        assertThat(count("russia", "georgia", new EdgeFilter(Set.of("OPPOSES"), Set.of(), null, null))).isOne();
    }

    @Test
    void deniedEdgesAreFollowedOnlyWhenAsked() {
        assertThat(count("china", "cuba", EdgeFilter.NONE)).isZero();
        assertThat(count("china", "cuba", new EdgeFilter(Set.of(), Set.of("denied"), null, null))).isPositive();
    }
}
