package org.tiegraph.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.tiegraph.catalogue.Catalogue;

/**
 * Draws the entities and domain edges of a {@link SyntheticGraph}: each entity's type (hub states, a tail of ordinary
 * states, then the other catalogue types in fixed proportions), name and id; each edge's ends, by preferential
 * attachment mixed with uniform choice and a small direct pull towards the hub states, its catalogue type and its
 * number of evidence items.
 */
final class SyntheticDrawing {

    /** Probability that an edge's source is drawn by degree (else uniformly). */
    static final double SOURCE_PREFERENTIAL = 0.5;
    /** Probability that an edge's target is drawn by degree. */
    static final double TARGET_PREFERENTIAL = 0.6;
    /** Probability that an edge's target is a hub state drawn directly (Zipf over the hubs). */
    static final double TARGET_HUB = 0.005;
    private static final long TAG_ENTITY = 1;
    private static final long TAG_EDGES = 2;

    /** Shares of the entities that are not states. */
    private static final Map<String, Double> TYPE_MIX = mix();

    private final long seed;
    private final List<String> typeNames;
    private final List<String> edgeTypeNames;
    final byte[] entityType;
    final String[] names;
    final String[] ids;
    final int[] source;
    final int[] target;
    final byte[] edgeType;
    final byte[] evidenceCount;

    /** Draws {@code entities} entities and {@code edges} edges from {@code seed}. */
    SyntheticDrawing(Catalogue catalogue, List<String> typeNames, List<String> edgeTypeNames, int entities, int edges,
                     long seed) {
        this.seed = seed;
        this.typeNames = typeNames;
        this.edgeTypeNames = edgeTypeNames;
        this.entityType = new byte[entities];
        this.names = new String[entities];
        this.ids = new String[entities];
        assignEntities();
        this.source = new int[edges];
        this.target = new int[edges];
        this.edgeType = new byte[edges];
        this.evidenceCount = new byte[edges];
        drawEdges(new EdgeTypeChooser(catalogue));
    }

    private static Map<String, Double> mix() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("Company", 0.36);
        m.put("Item", 0.16);
        m.put("Place", 0.10);
        m.put("Person", 0.10);
        m.put("GovernmentBody", 0.05);
        m.put("Vessel", 0.04);
        m.put("MilitaryForce", 0.03);
        m.put("Infrastructure", 0.03);
        m.put("Organization", 0.02);
        m.put("InternationalOrganization", 0.01);
        m.put("Treaty", 0.02);
        m.put("Sanction", 0.02);
        m.put("Exercise", 0.02);
        m.put("Event", 0.02);
        m.put("Initiative", 0.02);
        return m;
    }

    private SplittableRandom rng(long tag, long a, long b) {
        return SyntheticGraph.random(seed, tag, a, b);
    }

    private void assignEntities() {
        int n = entityType.length;
        byte state = (byte) typeNames.indexOf("State");
        int ordinaryStates = Math.min(192, n / 100);
        double[] cumulative = new double[TYPE_MIX.size()];
        byte[] mixTypes = new byte[TYPE_MIX.size()];
        double sum = 0;
        int k = 0;
        for (Map.Entry<String, Double> e : TYPE_MIX.entrySet()) {
            sum += e.getValue();
            cumulative[k] = sum;
            mixTypes[k++] = (byte) typeNames.indexOf(e.getKey());
        }
        SplittableRandom types = rng(TAG_ENTITY, 0, 0);
        for (int i = 0; i < n; i++) {
            if (i < SyntheticGraph.HUB_STATES + ordinaryStates) {
                entityType[i] = state;
            } else {
                double u = types.nextDouble() * sum;
                int t = 0;
                while (t < cumulative.length - 1 && u >= cumulative[t]) {
                    t++;
                }
                entityType[i] = mixTypes[t];
            }
            names[i] = NameMaker.name(typeNames.get(entityType[i]), rng(TAG_ENTITY, 1, i));
            ids[i] = NameMaker.slug(names[i]) + "-" + Integer.toString(i, 36);
        }
    }

    /** Picks a catalogue edge type for a (source type, target type) pair, preferring types that name those ends. */
    private final class EdgeTypeChooser {
        private final int[][][] candidates;
        private final double[][][] weights;

        EdgeTypeChooser(Catalogue catalogue) {
            int t = typeNames.size();
            candidates = new int[t][t][];
            weights = new double[t][t][];
            for (int a = 0; a < t; a++) {
                for (int b = 0; b < t; b++) {
                    List<Integer> ok = new ArrayList<>();
                    List<Double> w = new ArrayList<>();
                    for (int e = 0; e < edgeTypeNames.size(); e++) {
                        String name = edgeTypeNames.get(e);
                        if (catalogue.allows(name, typeNames.get(a), typeNames.get(b))) {
                            Catalogue.EdgeType et = catalogue.edgeTypes().get(name);
                            boolean generic = et.from().contains(Catalogue.ANY) && et.to().contains(Catalogue.ANY);
                            ok.add(e);
                            w.add(generic ? 1.0 : 6.0);
                        }
                    }
                    if (ok.isEmpty()) {
                        throw new IllegalStateException("the catalogue allows no edge type from " + typeNames.get(a)
                                + " to " + typeNames.get(b));
                    }
                    candidates[a][b] = ok.stream().mapToInt(Integer::intValue).toArray();
                    double s = 0;
                    double[] cumulative = new double[w.size()];
                    for (int i = 0; i < w.size(); i++) {
                        s += w.get(i);
                        cumulative[i] = s;
                    }
                    weights[a][b] = cumulative;
                }
            }
        }

        int choose(int from, int to, SplittableRandom rng) {
            double[] cumulative = weights[entityType[from]][entityType[to]];
            double u = rng.nextDouble() * cumulative[cumulative.length - 1];
            int i = 0;
            while (i < cumulative.length - 1 && u >= cumulative[i]) {
                i++;
            }
            return candidates[entityType[from]][entityType[to]][i];
        }
    }

    private void drawEdges(EdgeTypeChooser chooser) {
        int n = entityType.length;
        int edges = source.length;
        double[] hubWeights = new double[SyntheticGraph.HUB_STATES];
        double hubSum = 0;
        for (int r = 0; r < SyntheticGraph.HUB_STATES; r++) {
            hubSum += 1.0 / (r + 1);
            hubWeights[r] = hubSum;
        }
        int headStart = 0;
        for (int r = 0; r < SyntheticGraph.HUB_STATES; r++) {
            headStart += 40 / (r + 1);
        }
        int[] pool = new int[headStart + 2 * edges];
        int poolSize = 0;
        for (int r = 0; r < SyntheticGraph.HUB_STATES; r++) {
            for (int c = 0; c < 40 / (r + 1); c++) {
                pool[poolSize++] = r;
            }
        }
        LongHashSet seen = new LongHashSet(edges);
        SplittableRandom rng = rng(TAG_EDGES, 0, 0);
        long types = edgeTypeNames.size();
        for (int e = 0; e < edges; e++) {
            while (true) {
                int s = rng.nextDouble() < SOURCE_PREFERENTIAL ? pool[rng.nextInt(poolSize)] : rng.nextInt(n);
                double u = rng.nextDouble();
                int t;
                if (u < TARGET_HUB) {
                    double h = rng.nextDouble() * hubSum;
                    int r = 0;
                    while (r < SyntheticGraph.HUB_STATES - 1 && h >= hubWeights[r]) {
                        r++;
                    }
                    t = r;
                } else if (u < TARGET_HUB + TARGET_PREFERENTIAL) {
                    t = pool[rng.nextInt(poolSize)];
                } else {
                    t = rng.nextInt(n);
                }
                if (s == t) {
                    continue;
                }
                int type = chooser.choose(s, t, rng);
                if (!seen.add(((long) s * n + t) * types + type)) {
                    continue;
                }
                source[e] = s;
                target[e] = t;
                edgeType[e] = (byte) type;
                double k = rng.nextDouble();
                evidenceCount[e] = (byte) (k < 0.85 ? 1 : k < 0.97 ? 2 : 3);
                pool[poolSize++] = s;
                pool[poolSize++] = t;
                break;
            }
        }
    }
}
