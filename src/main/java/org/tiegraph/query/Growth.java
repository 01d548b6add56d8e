package org.tiegraph.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.neo4j.driver.Record;

/**
 * One end of a breadth-first expansion, read a level (one statement) at a time: the edges found (keyed by edge id, in
 * discovery order), the level of every entity reached, the frontier (the entities the last level reached first),
 * whether a cap cut it ({@code truncated}) and whether every level read is whole ({@code complete}: the edge budget
 * cut none).
 */
final class Growth {

    /**
     * What one level statement found: its edges (maps with id, source, target, ...), its rows, whether a cap cut it,
     * and what reading the next level costs around the entities it reached (relationships to walk, by entity id; empty
     * when the statement does not tell).
     */
    record Level(List<Map<String, Object>> edges, List<Record> rows, boolean capped, Map<String, Long> costs) {

        /** A level whose statement returns one row per edge, in an {@code edge} column. */
        static Level perEdge(List<Record> rows) {
            return new Level(rows.stream().map(r -> r.get("edge").asMap()).toList(), rows, false, Map.of());
        }

        /**
         * A level whose statement returns one row: {@code edges}, {@code capped} (entities the dense cap cut) and
         * {@code ends} ([id, cost] pairs).
         */
        static Level oneRow(List<Record> rows) {
            Record row = rows.getFirst();
            Map<String, Long> costs = new HashMap<>();
            row.get("ends").asList(v -> v).forEach(pair -> costs.put(pair.get(0).asString(), pair.get(1).asLong()));
            return new Level(row.get("edges").asList(v -> v.asMap()), rows, !row.get("capped").isEmpty(), costs);
        }
    }

    private final Map<String, Object> fixed;
    private final Function<List<Record>, Level> reading;
    private final int edgeBudget;
    private final boolean keepRows;
    private final Map<String, Map<String, Object>> edges = new LinkedHashMap<>();
    private final Map<String, Integer> levels = new LinkedHashMap<>();
    private final List<Record> rows = new ArrayList<>();
    private List<String> frontier;
    private int depth;
    private long frontierCost = -1;
    private boolean truncated;
    private boolean complete = true;

    /**
     * A growth from {@code start} whose level statements get the {@code fixed} parameters; {@code reading} finds the
     * edges in a statement's rows, which are kept only with {@code keepRows}; at most {@code edgeBudget} edges.
     */
    Growth(Collection<String> start, Map<String, Object> fixed, Function<List<Record>, Level> reading, int edgeBudget,
           boolean keepRows) {
        this.fixed = new HashMap<>(fixed);
        this.reading = reading;
        this.edgeBudget = edgeBudget;
        this.keepRows = keepRows;
        start.forEach(id -> levels.put(id, 0));
        this.frontier = List.copyOf(start);
    }

    /**
     * Reads the next level with {@code statement}, given its parameters: the fixed ones, {@code extra}, the frontier,
     * the edges seen so far ({@code seenEdges}) and the edge budget left ({@code limit}). When no budget is left
     * nothing is read, the growth says truncated, and the answer is false.
     */
    boolean grow(Function<Map<String, Object>, List<Record>> statement, Map<String, Object> extra) {
        int remaining = edgeBudget - edges.size();
        if (remaining <= 0) {
            truncated = true;
            return false;
        }
        Map<String, Object> p = new HashMap<>(fixed);
        p.putAll(extra);
        p.put("frontier", frontier);
        p.put("seenEdges", List.copyOf(edges.keySet()));
        p.put("limit", remaining);
        Level found = reading.apply(statement.apply(p));
        depth++;
        if (found.edges().size() >= remaining) {
            complete = false;
        }
        if (!complete || found.capped()) {
            truncated = true;
        }
        List<String> next = new ArrayList<>();
        frontierCost = 0;
        for (Map<String, Object> edge : found.edges()) {
            edges.put(Values.string(edge, "id"), edge);
            for (String end : List.of(Values.string(edge, "source"), Values.string(edge, "target"))) {
                if (!levels.containsKey(end)) {
                    levels.put(end, depth);
                    next.add(end);
                    Long cost = found.costs().get(end);
                    frontierCost = cost == null || frontierCost < 0 ? -1 : frontierCost + cost;
                }
            }
        }
        if (keepRows) {
            rows.addAll(found.rows());
        }
        frontier = next;
        return true;
    }

    /** Reads whole levels with {@code statement} until {@code levels} are read, none is left or the budget is spent. */
    Growth growTo(int levels, Function<Map<String, Object>, List<Record>> statement) {
        while (depth < levels && !frontier.isEmpty()) {
            if (!grow(statement, Map.of())) {
                break;
            }
        }
        return this;
    }

    /** The fixed parameter {@code name}. */
    Object parameter(String name) {
        return fixed.get(name);
    }

    List<String> frontier() {
        return frontier;
    }

    /** The relationships reading the next level walks around the frontier, when the last level told (else -1). */
    long frontierCost() {
        return frontierCost;
    }

    void frontierCost(long cost) {
        frontierCost = cost;
    }

    int depth() {
        return depth;
    }

    Map<String, Map<String, Object>> edges() {
        return edges;
    }

    Map<String, Integer> levels() {
        return levels;
    }

    List<Record> rows() {
        return rows;
    }

    boolean truncated() {
        return truncated;
    }

    boolean complete() {
        return complete;
    }
}
