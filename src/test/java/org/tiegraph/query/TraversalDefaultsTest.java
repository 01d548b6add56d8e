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
 * and no denied edge; a request that names the types or modalities gets them. A path through a generic item holds
 * only where one passage supports both hops; others come only when asked, labelled and ranked last.
 */
class TraversalDefaultsTest {

    /** A paragraph that sets two quotes of one document further apart than one passage. */
    private static final String FILLER = "Diplomats from both sides attended a long series of conferences on "
            + "regional security, energy and transport, which produced communiqués about cooperation but no new "
            + "agreements, and observers noted that the talks were mostly ceremonial and that the real decisions "
            + "were taken elsewhere by the leadership of both countries.\n\n";

    private static TestGraph graph;
    private static PathService paths;

    @BeforeAll
    static void load(@TempDir Path folder) throws Exception {
        graph = TestGraph.fresh();
        Path doc = Files.writeString(folder.resolve("links.txt"), "Iran courted Venezuela in 2023.\n\n"
                + "Russia opposes Georgia.\n\nChina did not supply drones to Cuba.\n\n"
                + "China sold weapons to Iran in the 1980s, during the war with Iraq.\n\n" + FILLER + FILLER
                + "Since 2022, weapons have been shipped to Russia by Belarus.\n\n"
                + "China shipped drone parts to Iran.\n\nIran shipped drones to Russia.\n");
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
        return paths.paths(from, to, null, 3, 10, filter, false, true, false).paths().size();
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

    /** Paths from {@code from} to {@code to} whose last hop leaves {@code hub}. */
    private static List<PathView> through(String from, String to, String hub, boolean coherentOnly) {
        return paths.paths(from, to, null, 3, 20, EdgeFilter.NONE, false, coherentOnly, false).paths().stream()
                .filter(p -> p.nodes().get(p.nodes().size() - 2).id().equals(hub)).toList();
    }

    @Test
    void aGenericItemJoinsTwoHopsOnlyWhereOnePassageSupportsBoth() {
        assertThat(through("china", "russia", "weapons", true)).isEmpty();
        List<PathView> asked = through("china", "russia", "weapons", false);
        assertThat(asked).isNotEmpty().allSatisfy(p -> assertThat(p.coherent()).isFalse());
        List<PathView> sameSentence = through("china", "iran", "drone-parts", true);
        assertThat(sameSentence).isNotEmpty().allSatisfy(p -> assertThat(p.coherent()).isTrue());
    }

    @Test
    void incoherentPathsRankAfterCoherentOnes() {
        List<Boolean> coherent = paths.paths("china", "russia", null, 3, 20, EdgeFilter.NONE, false, false, false)
                .paths().stream().map(PathView::coherent).toList();
        assertThat(coherent).contains(true, false);
        assertThat(coherent.subList(coherent.indexOf(false), coherent.size())).containsOnly(false);
    }
}
