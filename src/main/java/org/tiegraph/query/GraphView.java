package org.tiegraph.query;

import java.util.List;

/** Nodes and edges: the common form every graph-shaped answer can be rendered in (node-link, Cytoscape, GraphML, CSV). */
public record GraphView(List<NodeView> nodes, List<EdgeView> edges) {
}
