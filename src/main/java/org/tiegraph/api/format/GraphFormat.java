package org.tiegraph.api.format;

import java.util.Arrays;
import java.util.Locale;
import org.tiegraph.query.InvalidParameterException;

/**
 * The renderings of a graph-shaped answer, chosen by {@code ?format=} or, failing that, by the Accept header:
 * the answer's own JSON, node-link JSON (networkx {@code node_link_graph}), Cytoscape.js JSON, GraphML (Gephi) and CSV.
 */
public enum GraphFormat {
    JSON("json", "application/json"),
    NODE_LINK("node-link", "application/vnd.tiegraph.node-link+json"),
    CYTOSCAPE("cytoscape", "application/vnd.tiegraph.cytoscape+json"),
    GRAPHML("graphml", "application/graphml+xml"),
    CSV("csv", "text/csv");

    private final String wire;
    private final String mediaType;

    GraphFormat(String wire, String mediaType) {
        this.wire = wire;
        this.mediaType = mediaType;
    }

    public String wire() {
        return wire;
    }

    /** The media type that selects this format in an Accept header. */
    public String mediaType() {
        return mediaType;
    }

    /** The format named by {@code format} if given, else the first non-JSON format the Accept header asks for, else JSON. */
    public static GraphFormat negotiate(String format, String accept) {
        if (format != null && !format.isBlank()) {
            String wanted = format.strip().toLowerCase(Locale.ROOT);
            return Arrays.stream(values()).filter(f -> f.wire.equals(wanted)).findFirst()
                    .orElseThrow(() -> new InvalidParameterException("format", "unknown format '" + format
                            + "'; use one of " + String.join(", ", Arrays.stream(values()).map(GraphFormat::wire).toList())));
        }
        if (accept != null) {
            for (String part : accept.split(",")) {
                String type = part.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
                if (type.equals("application/json") || type.equals("*/*")) {
                    return JSON;
                }
                for (GraphFormat f : values()) {
                    if (f.mediaType.equals(type)) {
                        return f;
                    }
                }
            }
        }
        return JSON;
    }
}
