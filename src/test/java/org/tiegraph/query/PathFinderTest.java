package org.tiegraph.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The in-memory path enumeration against brute force on random multigraphs, and its caps. */
class PathFinderTest {

    private static List<PathFinder.Link> randomGraph(Random random, int nodes, int edges) {
        List<PathFinder.Link> links = new ArrayList<>();
        for (int i = 0; i < edges; i++) {
            links.add(new PathFinder.Link("e" + i, "n" + random.nextInt(nodes), "n" + random.nextInt(nodes)));
        }
        return links;
    }

    /** Every simple node sequence from -> to of at most maxHops hops, by exhaustive search. */
    private static Set<List<String>> bruteForce(List<PathFinder.Link> links, boolean directed, String from, String to,
                                                int maxHops, Set<String> avoid) {
        Set<List<String>> out = new HashSet<>();
        List<String> path = new ArrayList<>(List.of(from));
        extend(links, directed, to, maxHops, avoid, path, out);
        return out;
    }

    private static void extend(List<PathFinder.Link> links, boolean directed, String to, int maxHops, Set<String> avoid,
                               List<String> path, Set<List<String>> out) {
        String last = path.getLast();
        if (last.equals(to) && path.size() > 1) {
            out.add(List.copyOf(path));
            return;
        }
        if (path.size() - 1 == maxHops) {
            return;
        }
        Set<String> next = new LinkedHashSet<>();
        for (PathFinder.Link l : links) {
            if (l.source().equals(last)) {
                next.add(l.target());
            }
            if (!directed && l.target().equals(last)) {
                next.add(l.source());
            }
        }
        for (String n : next) {
            if (!path.contains(n) && !avoid.contains(n)) {
                path.add(n);
                extend(links, directed, to, maxHops, avoid, path, out);
                path.removeLast();
            }
        }
    }

    @Test
    void findsExactlyTheSimplePathsBruteForceFindsShortestFirst() {
        Random random = new Random(7);
        for (int round = 0; round < 300; round++) {
            boolean directed = round % 2 == 0;
            List<PathFinder.Link> links = randomGraph(random, 4 + random.nextInt(6), 3 + random.nextInt(14));
            int maxHops = 1 + random.nextInt(5);
            Set<String> avoid = random.nextBoolean() ? Set.of("n3") : Set.of();
            PathFinder finder = new PathFinder(links, directed);
            PathFinder.Result result = finder.find("n0", "n1", maxHops, avoid, Integer.MAX_VALUE, 100_000, 10_000_000);
            Set<List<String>> expected = bruteForce(links, directed, "n0", "n1", maxHops, avoid);
            assertThat(new HashSet<>(result.paths())).as("round %d", round).isEqualTo(expected);
            assertThat(result.paths()).doesNotHaveDuplicates();
            for (int i = 1; i < result.paths().size(); i++) {
                assertThat(result.paths().get(i).size()).isGreaterThanOrEqualTo(result.paths().get(i - 1).size());
            }
            assertThat(result.truncated()).isFalse();
        }
    }

    @Test
    void stopsAfterTheLengthThatYieldsEnoughPaths() {
        List<PathFinder.Link> links = List.of(
                new PathFinder.Link("a", "s", "t"),
                new PathFinder.Link("b", "s", "x"), new PathFinder.Link("c", "x", "t"),
                new PathFinder.Link("d", "s", "y"), new PathFinder.Link("e", "y", "z"), new PathFinder.Link("f", "z", "t"));
        PathFinder finder = new PathFinder(links, false);
        assertThat(finder.find("s", "t", 6, Set.of(), 1, 100, 1000).paths()).containsExactly(List.of("s", "t"));
        assertThat(finder.find("s", "t", 6, Set.of(), 2, 100, 1000).paths()).hasSize(2);
        assertThat(finder.find("s", "t", 6, Set.of(), 3, 100, 1000).paths()).hasSize(3);
    }

    @Test
    void parallelEdgesBelongToOnePath() {
        PathFinder finder = new PathFinder(List.of(new PathFinder.Link("a", "s", "t"), new PathFinder.Link("b", "t", "s")),
                false);
        assertThat(finder.find("s", "t", 2, Set.of(), 10, 100, 1000).paths()).containsExactly(List.of("s", "t"));
        assertThat(finder.edgesBetween("s", "t")).containsExactly("a", "b");
        PathFinder directed = new PathFinder(List.of(new PathFinder.Link("a", "s", "t"), new PathFinder.Link("b", "t", "s")),
                true);
        assertThat(directed.edgesBetween("s", "t")).containsExactly("a");
    }

    @Test
    void capsStopTheSearchAndSaySo() {
        List<PathFinder.Link> clique = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            for (int j = i + 1; j < 12; j++) {
                clique.add(new PathFinder.Link(i + "-" + j, "n" + i, "n" + j));
            }
        }
        PathFinder finder = new PathFinder(clique, false);
        PathFinder.Result fewPaths = finder.find("n0", "n1", 6, Set.of(), Integer.MAX_VALUE, 50, 10_000_000);
        assertThat(fewPaths.paths()).hasSize(50);
        assertThat(fewPaths.truncated()).isTrue();
        PathFinder.Result fewSteps = finder.find("n0", "n1", 6, Set.of(), Integer.MAX_VALUE, 1_000_000, 2_000);
        assertThat(fewSteps.truncated()).isTrue();
    }
}
