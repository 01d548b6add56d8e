package org.tiegraph.api.format;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tiegraph.query.EdgeView;
import org.tiegraph.query.EvidenceView;
import org.tiegraph.query.GraphView;
import org.tiegraph.query.NodeView;
import org.tiegraph.query.SourceRef;

/** Node-link and Cytoscape.js renderings of a graph, as plain maps for the JSON mapper. */
public final class GraphWriters {

    private GraphWriters() {
    }

    /**
     * Node-link JSON as networkx {@code node_link_graph(data)} reads it: a directed multigraph whose links carry the
     * edge id as {@code key} and every edge field, evidence included.
     */
    public static Map<String, Object> nodeLink(GraphView graph) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("directed", true);
        out.put("multigraph", true);
        out.put("graph", Map.of());
        out.put("nodes", graph.nodes().stream().map(GraphWriters::nodeFields).toList());
        List<Map<String, Object>> links = new ArrayList<>();
        for (EdgeView e : graph.edges()) {
            Map<String, Object> link = new LinkedHashMap<>();
            link.put("source", e.source());
            link.put("target", e.target());
            link.put("key", e.id());
            link.putAll(edgeFields(e));
            links.add(link);
        }
        out.put("links", links);
        return out;
    }

    /** Cytoscape.js elements JSON: {@code {"elements":{"nodes":[{"data":...}],"edges":[{"data":...}]}}}. */
    public static Map<String, Object> cytoscape(GraphView graph) {
        List<Map<String, Object>> nodes = new ArrayList<>();
        for (NodeView n : graph.nodes()) {
            Map<String, Object> data = nodeFields(n);
            data.put("label", n.name());
            nodes.add(Map.of("data", data));
        }
        List<Map<String, Object>> edges = new ArrayList<>();
        for (EdgeView e : graph.edges()) {
            Map<String, Object> data = edgeFields(e);
            data.put("label", e.type());
            edges.add(Map.of("data", data));
        }
        Map<String, Object> elements = new LinkedHashMap<>();
        elements.put("nodes", nodes);
        elements.put("edges", edges);
        return Map.of("elements", elements);
    }

    static Map<String, Object> nodeFields(NodeView n) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", n.id());
        m.put("name", n.name());
        m.put("type", n.type());
        m.put("aliases", n.aliases());
        m.put("discovered", n.discovered());
        return m;
    }

    static Map<String, Object> edgeFields(EdgeView e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.id());
        m.put("type", e.type());
        m.put("source", e.source());
        m.put("target", e.target());
        m.put("modality", e.modality());
        m.put("attribution", e.attribution());
        m.put("year", e.year());
        m.put("years", e.years());
        m.put("confidence", e.confidence());
        m.put("evidenceCount", e.evidenceCount());
        m.put("evidence", e.evidence());
        return m;
    }

    /** The best evidence of an edge (the first), or null. */
    static EvidenceView bestEvidence(EdgeView e) {
        return e.evidence() == null || e.evidence().isEmpty() ? null : e.evidence().getFirst();
    }

    /**
     * Where the best evidence's quote lies: its segments as "start-end", space-separated ("120-180 420-470" for a
     * sentence cut by a page break; the quote is their texts joined by one space).
     */
    static String segments(EvidenceView ev) {
        return ev == null ? null
                : String.join(" ", ev.segments().stream().map(g -> g.start() + "-" + g.end()).toList());
    }

    /** The urls of the best evidence's sources, space-separated (urls contain no spaces). */
    static String sourceUrls(EvidenceView ev) {
        return ev == null ? null : String.join(" ", ev.sources().stream().map(SourceRef::url)
                .filter(u -> u != null && !u.isBlank()).toList());
    }

    /** The titles of the best evidence's sources, joined by " | ". */
    static String sourceTitles(EvidenceView ev) {
        return ev == null ? null : String.join(" | ", ev.sources().stream().map(SourceRef::title)
                .filter(t -> t != null && !t.isBlank()).toList());
    }
}
