package org.tiegraph.query;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Shortest simple paths in an in-memory multigraph, as node sequences, shortest first. Parallel edges between two
 * consecutive nodes belong to one path (see {@link #edgesBetween}). Enumeration is depth-first with a distance bound
 * (a node is only entered when the target is still reachable within the length being enumerated) and stops at caps:
 * the number of paths kept and the number of search steps.
 */
final class PathFinder {

    /** A directed edge of the multigraph. */
    record Link(String edgeId, String source, String target) {
    }

    /** Node sequences found, shortest first, and whether a cap stopped the enumeration early. */
    record Result(List<List<String>> paths, boolean truncated) {
    }

    /** node -> neighbour -> edge ids usable from node to neighbour. */
    private final Map<String, Map<String, List<String>>> forward = new LinkedHashMap<>();
    /** node -> neighbour -> edge ids usable from neighbour to node. */
    private final Map<String, Map<String, List<String>>> backward = new LinkedHashMap<>();

    PathFinder(Collection<Link> links, boolean directed) {
        for (Link l : links) {
            add(forward, l.source(), l.target(), l.edgeId());
            add(backward, l.target(), l.source(), l.edgeId());
            if (!directed && !l.source().equals(l.target())) {
                add(forward, l.target(), l.source(), l.edgeId());
                add(backward, l.source(), l.target(), l.edgeId());
            }
        }
    }

    private static void add(Map<String, Map<String, List<String>>> index, String a, String b, String edgeId) {
        List<String> ids = index.computeIfAbsent(a, k -> new LinkedHashMap<>()).computeIfAbsent(b, k -> new ArrayList<>());
        if (!ids.contains(edgeId)) {
            ids.add(edgeId);
        }
    }

    /** The edge ids a path may use to step from {@code a} to {@code b}. */
    List<String> edgesBetween(String a, String b) {
        return forward.getOrDefault(a, Map.of()).getOrDefault(b, List.of());
    }

    /**
     * Simple paths from {@code from} to {@code to} of at most {@code maxHops} hops avoiding the {@code avoid} nodes,
     * shortest first. Lengths are enumerated completely one after another until at least {@code wanted} paths are
     * found; at most {@code maxPaths} paths are kept and {@code maxSteps} search steps spent.
     */
    Result find(String from, String to, int maxHops, Set<String> avoid, int wanted, int maxPaths, int maxSteps) {
        if (from.equals(to) || avoid.contains(from) || avoid.contains(to)) {
            return new Result(List.of(), false);
        }
        Map<String, Integer> distanceToTarget = distancesTo(to, maxHops, avoid);
        Integer shortest = distanceToTarget.get(from);
        Search search = new Search(to, avoid, distanceToTarget, maxPaths, maxSteps);
        if (shortest == null) {
            return new Result(List.of(), false);
        }
        for (int length = shortest; length <= maxHops && !search.stopped; length++) {
            search.path.clear();
            search.onPath.clear();
            search.path.add(from);
            search.onPath.add(from);
            search.walk(from, 0, length);
            if (search.found.size() >= wanted) {
                break;
            }
        }
        return new Result(search.found, search.stopped);
    }

    /** Hops from every node to {@code target} (walking edges backwards), up to {@code maxHops}, not through avoided nodes. */
    private Map<String, Integer> distancesTo(String target, int maxHops, Set<String> avoid) {
        Map<String, Integer> distance = new HashMap<>();
        distance.put(target, 0);
        Deque<String> queue = new ArrayDeque<>(List.of(target));
        while (!queue.isEmpty()) {
            String node = queue.removeFirst();
            int d = distance.get(node);
            if (d == maxHops) {
                continue;
            }
            for (String previous : backward.getOrDefault(node, Map.of()).keySet()) {
                if (!avoid.contains(previous) && !distance.containsKey(previous)) {
                    distance.put(previous, d + 1);
                    queue.addLast(previous);
                }
            }
        }
        return distance;
    }

    /** The state of one depth-first enumeration. */
    private final class Search {
        final String target;
        final Set<String> avoid;
        final Map<String, Integer> distanceToTarget;
        final int maxPaths;
        final int maxSteps;
        final List<List<String>> found = new ArrayList<>();
        final List<String> path = new ArrayList<>();
        final Set<String> onPath = new LinkedHashSet<>();
        int steps;
        boolean stopped;

        Search(String target, Set<String> avoid, Map<String, Integer> distanceToTarget, int maxPaths, int maxSteps) {
            this.target = target;
            this.avoid = avoid;
            this.distanceToTarget = distanceToTarget;
            this.maxPaths = maxPaths;
            this.maxSteps = maxSteps;
        }

        void walk(String node, int depth, int length) {
            for (String next : forward.getOrDefault(node, Map.of()).keySet()) {
                if (stopped) {
                    return;
                }
                if (++steps > maxSteps) {
                    stopped = true;
                    return;
                }
                if (onPath.contains(next) || avoid.contains(next)) {
                    continue;
                }
                if (next.equals(target)) {
                    if (depth + 1 == length) {
                        List<String> complete = new ArrayList<>(path);
                        complete.add(next);
                        found.add(List.copyOf(complete));
                        if (found.size() >= maxPaths) {
                            stopped = true;
                        }
                    }
                    continue;
                }
                Integer remaining = distanceToTarget.get(next);
                if (remaining == null || depth + 1 + remaining > length) {
                    continue;
                }
                path.add(next);
                onPath.add(next);
                walk(next, depth + 1, length);
                path.removeLast();
                onPath.remove(next);
            }
        }
    }
}
