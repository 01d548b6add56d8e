package org.tiegraph.query;

import java.util.List;

/**
 * The entities and edges within {@code depth} hops of {@code center}; {@code truncated} says the edge limit cut it.
 * Edges carry their evidence.
 */
public record Neighborhood(String center, int depth, List<NodeView> nodes, List<EdgeView> edges, boolean truncated)
        implements GraphShaped {

    @Override
    public GraphView graph() {
        return new GraphView(nodes, edges);
    }
}
