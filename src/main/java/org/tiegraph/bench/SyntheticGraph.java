package org.tiegraph.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.tiegraph.catalogue.Catalogue;
import org.tiegraph.graph.GraphWriter;

/**
 * A synthetic graph with the real schema (see {@code cypher/README.md}) and a realistic shape, generated
 * deterministically from a seed without touching a database: its entities and domain edges, their identities,
 * degrees and adjacency.
 *
 * <p>Shape: {@value #HUB_STATES} hub states, a tail of ordinary states, then companies, items, places, people and
 * the other catalogue types in fixed proportions; {@value #EDGES_PER_ENTITY} domain edges per entity whose ends are
 * drawn by preferential attachment mixed with uniform choice (a power-law degree tail), with a small direct pull
 * towards the hub states; each edge gets a catalogue type its end types allow ({@link SyntheticDrawing}). Every edge
 * has one to three {@code :Evidence} items, each a verbatim clause of a sentence of a synthetic {@code :Document}
 * (sections, sentences citing {@code :Source}s, entity mentions); an edge's further evidence sits in the following
 * documents ({@link SyntheticRows}).
 *
 * <p>Bulk data lives in primitive arrays (about 60 bytes per entity); rows for the database are built on demand.
 */
public final class SyntheticGraph {

    public static final int EDGES_PER_ENTITY = 5;
    public static final int HUB_STATES = 8;
    /** Domain edges whose first evidence sits in one document. */
    static final int EDGES_PER_DOCUMENT = 1000;
    /** Edges per cited source. */
    static final int EDGES_PER_SOURCE = 40;

    private final long seed;
    private final List<String> edgeTypeNames;
    private final List<String> typeNames;
    private final byte[] entityType;
    private final String[] names;
    private final String[] ids;
    private final int[] source;
    private final int[] target;
    private final byte[] edgeType;
    private final byte[] evidenceCount;
    private final int documentCount;
    private final int sourceCount;
    private final SyntheticRows rows;
    private int[] degrees;
    private Adjacency adjacency;

    /** The undirected neighbours of every entity (compressed rows). */
    public record Adjacency(int[] offsets, int[] neighbours) {
        public int degree(int entity) {
            return offsets[entity + 1] - offsets[entity];
        }

        public int neighbour(int entity, int k) {
            return neighbours[offsets[entity] + k];
        }
    }

    private SyntheticGraph(Catalogue catalogue, int entities, long seed) {
        if (entities < HUB_STATES * 4) {
            throw new IllegalArgumentException("a synthetic graph needs at least " + HUB_STATES * 4 + " entities");
        }
        this.seed = seed;
        this.typeNames = new ArrayList<>(catalogue.entityTypes().keySet());
        this.edgeTypeNames = new ArrayList<>(catalogue.edgeTypes().keySet());
        int edges = entities * EDGES_PER_ENTITY;
        SyntheticDrawing drawn = new SyntheticDrawing(catalogue, typeNames, edgeTypeNames, entities, edges, seed);
        this.entityType = drawn.entityType;
        this.names = drawn.names;
        this.ids = drawn.ids;
        this.source = drawn.source;
        this.target = drawn.target;
        this.edgeType = drawn.edgeType;
        this.evidenceCount = drawn.evidenceCount;
        this.documentCount = Math.max(1, (edges + EDGES_PER_DOCUMENT - 1) / EDGES_PER_DOCUMENT);
        this.sourceCount = Math.max(10, edges / EDGES_PER_SOURCE);
        this.rows = new SyntheticRows(this, catalogue);
    }

    /** Generates the graph plan for {@code entities} entities; the same seed always gives the same graph. */
    public static SyntheticGraph generate(Catalogue catalogue, int entities, long seed) {
        return new SyntheticGraph(catalogue, entities, seed);
    }

    /** The random stream of one purpose ({@code tag}) and item ({@code a}, {@code b}) of a graph drawn from {@code seed}. */
    static SplittableRandom random(long seed, long tag, long a, long b) {
        long h = seed * 0x9E3779B97F4A7C15L + tag;
        h = (h ^ (h >>> 31)) * 0xBF58476D1CE4E5B9L + a;
        h = (h ^ (h >>> 29)) * 0x94D049BB133111EBL + b;
        return new SplittableRandom(h ^ (h >>> 32));
    }

    /** The random stream of one purpose and item of this graph. */
    SplittableRandom rng(long tag, long a, long b) {
        return random(seed, tag, a, b);
    }

    /** The rows this graph is written with. */
    public SyntheticRows rows() {
        return rows;
    }

    public int entityCount() {
        return entityType.length;
    }

    public int edgeCount() {
        return source.length;
    }

    public int documentCount() {
        return documentCount;
    }

    public int sourceCount() {
        return sourceCount;
    }

    /** Evidence items over all edges. */
    public long evidenceTotal() {
        long total = 0;
        for (byte k : evidenceCount) {
            total += k;
        }
        return total;
    }

    public String entityId(int i) {
        return ids[i];
    }

    public String entityName(int i) {
        return names[i];
    }

    public String entityType(int i) {
        return typeNames.get(entityType[i]);
    }

    public int edgeSource(int e) {
        return source[e];
    }

    public int edgeTarget(int e) {
        return target[e];
    }

    public String edgeType(int e) {
        return edgeTypeNames.get(edgeType[e]);
    }

    public int evidenceCount(int e) {
        return evidenceCount[e];
    }

    public String edgeId(int e) {
        return GraphWriter.edgeId(ids[source[e]], edgeType(e), ids[target[e]]);
    }

    /** Domain-edge degree of every entity (in plus out). */
    public synchronized int[] degrees() {
        if (degrees == null) {
            int[] d = new int[entityType.length];
            for (int e = 0; e < source.length; e++) {
                d[source[e]]++;
                d[target[e]]++;
            }
            degrees = d;
        }
        return degrees;
    }

    /** The undirected adjacency of the domain edges. */
    public synchronized Adjacency adjacency() {
        if (adjacency == null) {
            int[] d = degrees();
            int[] offsets = new int[d.length + 1];
            for (int i = 0; i < d.length; i++) {
                offsets[i + 1] = offsets[i] + d[i];
            }
            int[] fill = offsets.clone();
            int[] neighbours = new int[offsets[d.length]];
            for (int e = 0; e < source.length; e++) {
                neighbours[fill[source[e]]++] = target[e];
                neighbours[fill[target[e]]++] = source[e];
            }
            adjacency = new Adjacency(offsets, neighbours);
        }
        return adjacency;
    }
}
