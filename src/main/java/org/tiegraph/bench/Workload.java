package org.tiegraph.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * The API requests the bench measures, chosen deterministically from a seed: for each operation a fixed list of
 * requests whose endpoints are ordinary entities (any entity with at least one edge) or, for
 * {@value #HUB_SHARE_PERCENT}% of them, one of the {@value #HUBS} highest-degree entities.
 */
final class Workload {

    static final int HUBS = 20;
    static final int HUB_SHARE_PERCENT = 20;
    static final int MAX_HOPS = 4;
    static final int PATHS_K = 5;
    static final int SEARCH_LIMIT = 10;
    static final int PATTERN_LIMIT = 10;

    /** What is measured, with the label used in reports. */
    enum Operation {
        SEARCH("search"),
        NEIGHBOURHOOD_1("neighbourhood depth 1"),
        NEIGHBOURHOOD_2("neighbourhood depth 2"),
        PATHS("k-shortest paths (k=" + PATHS_K + ", ≤ " + MAX_HOPS + " hops)"),
        PATTERN("typed pattern");

        final String label;

        Operation(String label) {
            this.label = label;
        }
    }

    /** One request: the API path with its query string, and whether an endpoint is a hub. */
    record Request(Operation operation, String path, boolean hub) {
    }

    private final SyntheticGraph graph;
    private final int[] hubs;
    private final int[] degrees;
    private final SyntheticGraph.Adjacency adjacency;

    private Workload(SyntheticGraph graph) {
        this.graph = graph;
        this.degrees = graph.degrees();
        this.adjacency = graph.adjacency();
        this.hubs = IntStream.range(0, degrees.length).boxed()
                .sorted(Comparator.comparingInt((Integer i) -> degrees[i]).reversed().thenComparing(i -> i))
                .limit(HUBS).mapToInt(Integer::intValue).toArray();
    }

    /** The highest-degree entities, highest first. */
    static int[] hubs(SyntheticGraph graph) {
        return new Workload(graph).hubs.clone();
    }

    /** {@code perOperation} requests for every operation. */
    static Map<Operation, List<Request>> build(SyntheticGraph graph, long seed, int perOperation) {
        Workload w = new Workload(graph);
        Map<Operation, List<Request>> out = new EnumMap<>(Operation.class);
        for (Operation op : Operation.values()) {
            SplittableRandom rng = new SplittableRandom(seed * 31 + op.ordinal());
            List<Request> requests = new ArrayList<>();
            for (int i = 0; i < perOperation; i++) {
                requests.add(w.request(op, rng));
            }
            out.put(op, List.copyOf(requests));
        }
        return out;
    }

    private Request request(Operation op, SplittableRandom rng) {
        boolean hub = rng.nextInt(100) < HUB_SHARE_PERCENT;
        int x = hub ? hubs[rng.nextInt(hubs.length)] : ordinary(rng);
        return switch (op) {
            case SEARCH -> new Request(op, "/api/entities?q=" + encode(searchText(graph.entityName(x), rng))
                    + "&limit=" + SEARCH_LIMIT, hub);
            case NEIGHBOURHOOD_1 -> new Request(op, "/api/entities/" + encode(graph.entityId(x)) + "/neighborhood?depth=1", hub);
            case NEIGHBOURHOOD_2 -> new Request(op, "/api/entities/" + encode(graph.entityId(x)) + "/neighborhood?depth=2", hub);
            case PATHS -> {
                int y = rng.nextBoolean() ? walk(x, 2 + rng.nextInt(MAX_HOPS - 1), rng) : ordinary(rng);
                while (y == x) {
                    y = ordinary(rng);
                }
                yield new Request(op, "/api/paths?from=" + encode(graph.entityId(x)) + "&to=" + encode(graph.entityId(y))
                        + "&maxHops=" + MAX_HOPS + "&limit=" + PATHS_K, hub);
            }
            case PATTERN -> {
                String start = graph.entityType(x) + ":" + graph.entityId(x);
                int y = rng.nextBoolean() ? walk(x, 2, rng) : x;
                String pattern = y == x
                        ? start + ">*>State"
                        : start + ">*>" + graph.entityType(y) + ":" + graph.entityId(y);
                yield new Request(op, "/api/paths/pattern?p=" + encode(pattern) + "&limit=" + PATTERN_LIMIT, hub);
            }
        };
    }

    /** An entity with at least one edge that is not a hub. */
    private int ordinary(SplittableRandom rng) {
        while (true) {
            int i = rng.nextInt(degrees.length);
            if (degrees[i] > 0 && degrees[i] < degrees[hubs[hubs.length - 1]]) {
                return i;
            }
        }
    }

    /** The end of a random walk of up to {@code steps} steps that does not revisit its start (the start if stuck). */
    private int walk(int from, int steps, SplittableRandom rng) {
        int at = from;
        for (int s = 0; s < steps; s++) {
            int d = adjacency.degree(at);
            if (d == 0) {
                break;
            }
            int next = adjacency.neighbour(at, rng.nextInt(d));
            if (next == from) {
                continue;
            }
            at = next;
        }
        return at;
    }

    /** What an analyst types: the whole name, or its first word and the start of the next. */
    static String searchText(String name, SplittableRandom rng) {
        String[] words = name.split(" ");
        if (rng.nextBoolean() || words.length == 1) {
            return name;
        }
        return words[0] + " " + words[1].substring(0, Math.min(3, words[1].length()));
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
