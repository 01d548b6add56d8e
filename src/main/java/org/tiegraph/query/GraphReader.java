package org.tiegraph.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;

/**
 * Shared reads behind the graph-shaped answers: level-wise expansion (neighbourhoods, and the two ends of a path
 * search grown towards each other), nodes by id, and the evidence of edges.
 */
final class GraphReader {

    /** Direction of traversal seen from the start nodes. */
    enum Direction {
        BOTH, OUT, IN;

        String wire() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Entities (in breadth-first order) and edges with their evidence; {@code truncated}: a cap cut the growth. */
    record Grown(List<NodeView> nodes, List<EdgeView> edges, boolean truncated) {
    }

    /** How well an edge is evidenced: evidence items and distinct footnote sources. */
    record Support(int evidence, int sources) {
    }

    /** The evidence items kept for an edge and how many there are in all. */
    record EvidenceBundle(List<EvidenceView> items, int total) {
    }

    private final CypherRunner cypher;

    GraphReader(CypherRunner cypher) {
        this.cypher = cypher;
    }

    /**
     * Breadth-first expansion from {@code start} over edges passing {@code filter}, one query per level; stops after
     * {@code levels} levels or {@code edgeBudget} edges. Unless {@code exhaustive}, a dense entity is followed only
     * through its best-evidenced edges (see {@code expand_level.cypher}); an expansion the cap cut says truncated.
     */
    Growth expand(String start, int levels, Direction direction, EdgeFilter filter, int edgeBudget,
                  boolean exhaustive) {
        return pathEnd(start, direction, filter, edgeBudget, exhaustive)
                .growTo(levels, p -> cypher.read("expand_level", p));
    }

    /** One end of a path search, not read yet: see {@link #expand}, {@link #grow} and {@link #meet}. */
    Growth pathEnd(String start, Direction direction, EdgeFilter filter, int edgeBudget, boolean exhaustive) {
        Map<String, Object> p = new HashMap<>(filter.parameters());
        p.put("direction", direction.wire());
        p.put("exhaustive", exhaustive);
        p.put("within", null);
        p.put("nodeTypes", null);
        return new Growth(List.of(start), p, Growth.Level::oneRow, edgeBudget, false);
    }

    /** Reads the next level of a path end whole; false when its edge budget is spent. */
    boolean grow(Growth end) {
        return end.grow(p -> cypher.read("expand_level", p), Map.of());
    }

    /**
     * Which of two path ends walks fewer relationships reading its next level (a dense entity counts its ranking
     * while capped); the first on a tie. The costs come with the ends' last levels, else from one statement.
     */
    Growth cheaperToGrow(Growth a, Growth b) {
        if (a.frontierCost() < 0 || b.frontierCost() < 0) {
            Record cost = cypher.read("expand_level_costs", Map.of("left", a.frontier(), "right", b.frontier(),
                    "exhaustive", a.parameter("exhaustive"))).getFirst();
            a.frontierCost(cost.get("left").asLong());
            b.frontierCost(cost.get("right").asLong());
        }
        return b.frontierCost() < a.frontierCost() ? b : a;
    }

    /**
     * Reads the last level of a path search: the edges between the two ends' frontiers, read as the next level of the
     * cheaper end keeping only edges into the other's frontier (either way {@code expand_level.cypher} finds the same
     * edges); false when that end's edge budget is spent.
     */
    boolean meet(Growth a, Growth b) {
        Growth reading = cheaperToGrow(a, b);
        Growth other = reading == a ? b : a;
        return reading.grow(p -> cypher.read("expand_level", p), Map.of("within", List.copyOf(other.frontier())));
    }

    /**
     * The neighbourhood of {@code center} breadth-first in both directions, with each edge's end entities and evidence
     * fetched by the same statement as the edge: one statement per level. No edges: the center alone, if it exists.
     */
    Grown neighbourhood(String center, int levels, EdgeFilter filter, Collection<String> nodeTypes, int edgeBudget) {
        Map<String, Object> p = new HashMap<>(filter.parameters());
        p.put("perEdge", Limits.EVIDENCE_PER_EDGE);
        p.put("nodeTypes", nodeTypes.isEmpty() ? null : List.copyOf(nodeTypes));
        Growth found = new Growth(List.of(center), p, Growth.Level::perEdge, edgeBudget, true)
                .growTo(levels, q -> cypher.read("neighborhood_level", q));
        Map<String, NodeView> nodes = new HashMap<>();
        List<EdgeView> edges = new ArrayList<>();
        for (Record row : found.rows()) {
            for (String end : List.of("source", "target")) {
                NodeView n = NodeView.of(row.get(end).asMap());
                nodes.putIfAbsent(n.id(), n);
            }
            List<EvidenceView> items = row.get("evidence").asList(v -> EvidenceView.of(v.asMap()));
            edges.add(EdgeView.of(row.get("edge").asMap(), items, row.get("total").asInt()));
        }
        List<NodeView> ordered = found.levels().keySet().stream().map(nodes::get).filter(n -> n != null).toList();
        return new Grown(ordered, edges, found.truncated());
    }

    /** Entities by id (in the order asked; unknown ids skipped) and the evidence of edges, read in one statement. */
    record Details(Map<String, NodeView> nodes, Map<String, EvidenceBundle> evidence) {

        /** The edges (maps with id, type, ends and stored properties) as views with their evidence, in the order given. */
        List<EdgeView> edges(Collection<Map<String, Object>> edges) {
            List<EdgeView> out = new ArrayList<>();
            for (Map<String, Object> e : edges) {
                EvidenceBundle b = evidence.getOrDefault(Values.string(e, "id"), new EvidenceBundle(List.of(), 0));
                out.add(EdgeView.of(e, b.items(), b.total()));
            }
            return out;
        }
    }

    /** The entities {@code ids} and the evidence (best first, capped per edge) behind the edges {@code edgeIds}. */
    Details details(Collection<String> ids, Collection<String> edgeIds) {
        return details(ids, edgeIds, 0, Limits.EVIDENCE_PER_EDGE);
    }

    /** As {@link #details(Collection, Collection)}, with a window of {@code perEdge} evidence items from {@code offset}. */
    Details details(Collection<String> ids, Collection<String> edgeIds, int offset, int perEdge) {
        Record row = cypher.read("graph_details", Map.of("ids", List.copyOf(ids), "edgeIds", List.copyOf(edgeIds),
                "offset", offset, "perEdge", perEdge)).getFirst();
        Map<String, NodeView> found = new HashMap<>();
        row.get("nodes").asList(v -> NodeView.of(v.asMap())).forEach(n -> found.put(n.id(), n));
        Map<String, NodeView> ordered = new LinkedHashMap<>();
        ids.forEach(id -> {
            if (found.containsKey(id)) {
                ordered.put(id, found.get(id));
            }
        });
        Map<String, EvidenceBundle> evidence = new HashMap<>();
        for (var item : row.get("evidence").values()) {
            evidence.put(item.get("edgeId").asString(), new EvidenceBundle(
                    item.get("items").asList(v -> EvidenceView.of(v.asMap())), item.get("total").asInt()));
        }
        return new Details(ordered, evidence);
    }

    /**
     * The edges a path search read (maps with id, source, target and element, as {@code expand_level.cypher} returns
     * them) with their stored properties, by edge id; no statement when there are none.
     */
    Map<String, Map<String, Object>> stored(Collection<Map<String, Object>> edges) {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        if (edges.isEmpty()) {
            return out;
        }
        List<String> elements = edges.stream().map(e -> Values.string(e, "element")).toList();
        cypher.read("path_edges", Map.of("elements", elements)).getFirst().get("edges")
                .asList(v -> v.asMap()).forEach(e -> out.put(Values.string(e, "id"), e));
        return out;
    }

    /** Evidence and source counts per edge, for ranking. */
    Map<String, Support> support(Collection<String> edgeIds) {
        Map<String, Support> out = new HashMap<>();
        if (edgeIds.isEmpty()) {
            return out;
        }
        for (Record row : cypher.read("edge_evidence_summary", Map.of("edgeIds", List.copyOf(edgeIds)))) {
            out.put(row.get("edgeId").asString(), new Support(row.get("evidence").asInt(), row.get("sources").asInt()));
        }
        return out;
    }
}
