package org.tiegraph.query;

import java.util.List;

/**
 * One edge with its two entities and a window of its evidence: {@code edge.evidence} holds the items from
 * {@code offset} (at most {@code limit}), best first; {@code edge.evidenceCount} counts them all.
 */
public record EdgeDetail(EdgeView edge, NodeView source, NodeView target, int limit, int offset) implements GraphShaped {

    @Override
    public GraphView graph() {
        return new GraphView(source.id().equals(target.id()) ? List.of(source) : List.of(source, target), List.of(edge));
    }
}
