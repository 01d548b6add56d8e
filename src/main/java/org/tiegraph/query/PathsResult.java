package org.tiegraph.query;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Paths ranked shorter first, then better evidenced. {@code pattern} echoes a typed pattern with its ids resolved
 * (null for from/to queries); {@code truncated} says a cap stopped the search before it was complete.
 */
public record PathsResult(@JsonInclude(JsonInclude.Include.NON_NULL) String pattern, List<PathView> paths, boolean truncated) implements GraphShaped {

    /** Every node and edge of every path, each once. */
    @Override
    public GraphView graph() {
        Map<String, NodeView> nodes = new LinkedHashMap<>();
        Map<String, EdgeView> edges = new LinkedHashMap<>();
        for (PathView p : paths) {
            p.nodes().forEach(n -> nodes.putIfAbsent(n.id(), n));
            p.edges().forEach(e -> edges.putIfAbsent(e.id(), e));
        }
        return new GraphView(List.copyOf(nodes.values()), List.copyOf(edges.values()));
    }
}
