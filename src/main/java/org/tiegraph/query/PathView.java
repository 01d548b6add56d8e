package org.tiegraph.query;

import java.util.List;

/**
 * One path: its entities in order, the edges joining consecutive entities (parallel edges of different types all
 * appear, so there can be more edges than hops), its length in hops, and its evidence score in (0, 1]: the geometric
 * mean over hops of the best edge's strength, where strength = modality weight (asserted 1, reported 0.75, planned 0.5,
 * denied 0.25) x the edge's extraction confidence x (1 - 0.5^(evidence items + distinct sources)); and whether it is
 * coherent (every generic entity inside it crossed by two hops one passage supports, see {@link PathCoherence}).
 */
public record PathView(List<NodeView> nodes, List<EdgeView> edges, int length, double score, boolean coherent) {
}
