package org.tiegraph.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.neo4j.driver.Record;

/** Shared reads behind the graph-shaped answers: level-wise expansion, nodes by id, and the evidence of edges. */
final class GraphReader {

    /** Direction of traversal seen from the start nodes. */
    enum Direction {
        BOTH, OUT, IN;

        String wire() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Edges found by an expansion (keyed by edge id, in discovery order), node levels, and whether a cap cut it short. */
    record Expansion(Map<String, Map<String, Object>> edges, Map<String, Integer> levels, boolean truncated) {
    }

    /** What one level statement found: its edges (maps with id, source, target, ...), its rows, whether a cap cut it. */
    private record Level(List<Map<String, Object>> edges, List<Record> rows, boolean capped) {

        /** A level whose statement returns one row per edge, in an {@code edge} column. */
        static Level perEdge(List<Record> rows) {
            return new Level(rows.stream().map(r -> r.get("edge").asMap()).toList(), rows, false);
        }

        /** A level whose statement returns one row: {@code edges} and {@code capped} (entities the dense cap cut). */
        static Level oneRow(List<Record> rows) {
            Record row = rows.getFirst();
            return new Level(row.get("edges").asList(v -> v.asMap()), rows, !row.get("capped").isEmpty());
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
     * Breadth-first expansion from {@code start}, one query per level, over edges passing {@code filter} to nodes
     * carrying one of {@code nodeTypes} (empty: any); stops after {@code levels} levels or {@code edgeBudget} edges.
     * Unless {@code exhaustive}, a dense entity is followed only through its best-evidenced edges (see
     * {@code expand_level.cypher}); an expansion the cap cut says truncated. With {@code lastWithin}, the last level
     * keeps only edges to those entities (a path search's other side).
     */
    Expansion expand(Collection<String> start, int levels, Direction direction, EdgeFilter filter,
                     Collection<String> nodeTypes, int edgeBudget, boolean exhaustive, Collection<String> lastWithin) {
        Map<String, Object> p = new HashMap<>(filter.parameters());
        p.put("direction", direction.wire());
        p.put("exhaustive", exhaustive);
        p.put("within", null);
        Map<String, Object> last = new HashMap<>();
        last.put("within", lastWithin == null ? null : List.copyOf(lastWithin));
        return levelWise("expand_level", Level::oneRow, start, levels, p, last, nodeTypes, edgeBudget, false)
                .expansion();
    }

    /**
     * The neighbourhood of {@code center} breadth-first in both directions, with each edge's end entities and evidence
     * fetched by the same statement as the edge: one statement per level. No edges: the center alone, if it exists.
     */
    Grown neighbourhood(String center, int levels, EdgeFilter filter, Collection<String> nodeTypes, int edgeBudget) {
        Map<String, Object> p = new HashMap<>(filter.parameters());
        p.put("perEdge", Limits.EVIDENCE_PER_EDGE);
        LevelRows found = levelWise("neighborhood_level", Level::perEdge, List.of(center), levels, p, Map.of(), nodeTypes,
                edgeBudget, true);
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
        List<NodeView> ordered = found.expansion().levels().keySet().stream().map(nodes::get).filter(n -> n != null).toList();
        return new Grown(ordered, edges, found.expansion().truncated());
    }

    /** The expansion the level statements describe, and every row they returned when asked to keep them. */
    private record LevelRows(Expansion expansion, List<Record> rows) {
    }

    /**
     * Runs {@code statement} once per level from the frontier, with {@code fixed} parameters ({@code last} replacing
     * some at the last level), the frontier, the node
     * types, the edges seen so far and the remaining edge budget; {@code reading} finds the edges in its rows. The rows
     * are kept only with {@code keepRows} (a path search needs the edges alone).
     */
    private LevelRows levelWise(String statement, Function<List<Record>, Level> reading,
                                Collection<String> start, int levels, Map<String, Object> fixed,
                                Map<String, Object> last, Collection<String> nodeTypes, int edgeBudget,
                                boolean keepRows) {
        Map<String, Map<String, Object>> edges = new LinkedHashMap<>();
        Map<String, Integer> level = new LinkedHashMap<>();
        List<Record> all = new ArrayList<>();
        start.forEach(id -> level.put(id, 0));
        List<String> frontier = new ArrayList<>(start);
        boolean truncated = false;
        for (int depth = 1; depth <= levels && !frontier.isEmpty(); depth++) {
            int remaining = edgeBudget - edges.size();
            if (remaining <= 0) {
                truncated = true;
                break;
            }
            Map<String, Object> p = new HashMap<>(fixed);
            if (depth == levels) {
                p.putAll(last);
            }
            p.put("frontier", frontier);
            p.put("nodeTypes", nodeTypes.isEmpty() ? null : List.copyOf(nodeTypes));
            p.put("seenEdges", List.copyOf(edges.keySet()));
            p.put("limit", remaining);
            Level found = reading.apply(cypher.read(statement, p));
            if (found.edges().size() >= remaining || found.capped()) {
                truncated = true;
            }
            List<String> next = new ArrayList<>();
            for (Map<String, Object> edge : found.edges()) {
                edges.put(Values.string(edge, "id"), edge);
                for (String end : List.of(Values.string(edge, "source"), Values.string(edge, "target"))) {
                    if (!level.containsKey(end)) {
                        level.put(end, depth);
                        next.add(end);
                    }
                }
            }
            if (keepRows) {
                all.addAll(found.rows());
            }
            frontier = next;
        }
        return new LevelRows(new Expansion(edges, level, truncated), all);
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
