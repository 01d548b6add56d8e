package org.tiegraph.query;

import java.util.Map;

/** Sizes of the graph: nodes by label (every label present, the document model's always), edges by type, documents, totals. */
public record Stats(Map<String, Long> nodes, Map<String, Long> edges, long documents, long totalNodes,
                    long totalRelationships) {
}
