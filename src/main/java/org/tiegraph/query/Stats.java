package org.tiegraph.query;

import java.util.Map;

/** Sizes of the graph: nodes by label and edges by type (non-zero ones), documents, and totals. */
public record Stats(Map<String, Long> nodes, Map<String, Long> edges, long documents, long totalNodes,
                    long totalRelationships) {
}
