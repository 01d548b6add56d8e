package org.tiegraph.api.format;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.tiegraph.query.EdgeView;
import org.tiegraph.query.EvidenceView;
import org.tiegraph.query.GraphView;
import org.tiegraph.query.InvalidParameterException;
import org.tiegraph.query.NodeView;

/**
 * CSV (RFC 4180: comma-separated, CRLF line ends, fields with commas, quotes or line breaks quoted, quotes doubled)
 * of a graph's nodes or edges, one table per request ({@code part=nodes|edges}, edges by default). Edge rows carry the
 * best evidence: quote, document, sentence, offsets and the source urls.
 */
public final class CsvWriter {

    /** Which table of the graph to write. */
    public enum Part {
        NODES, EDGES;

        /** Parses {@code part}; absent means edges. */
        public static Part of(String value) {
            if (value == null || value.isBlank()) {
                return EDGES;
            }
            return Arrays.stream(values()).filter(p -> p.name().equalsIgnoreCase(value.strip())).findFirst()
                    .orElseThrow(() -> new InvalidParameterException("part", "unknown part '" + value
                            + "'; use nodes or edges"));
        }

        public String wire() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public static final List<String> NODE_COLUMNS = List.of("id", "name", "type", "aliases", "discovered");
    public static final List<String> EDGE_COLUMNS = List.of("id", "type", "source", "target", "sourceName",
            "targetName", "modality", "attribution", "year", "confidence", "evidenceCount", "quote", "documentId",
            "sentenceId", "start", "end", "segments", "sourceUrls");

    private CsvWriter() {
    }

    public static String write(GraphView graph, Part part) {
        return part == Part.NODES ? nodes(graph) : edges(graph);
    }

    static String nodes(GraphView graph) {
        List<List<Object>> rows = new ArrayList<>();
        for (NodeView n : graph.nodes()) {
            rows.add(Arrays.asList(n.id(), n.name(), n.type(), String.join(" | ", n.aliases()), n.discovered()));
        }
        return table(NODE_COLUMNS, rows);
    }

    static String edges(GraphView graph) {
        Map<String, String> names = graph.nodes().stream()
                .collect(Collectors.toMap(NodeView::id, n -> n.name() == null ? "" : n.name(), (a, b) -> a));
        Function<String, String> name = id -> names.getOrDefault(id, "");
        List<List<Object>> rows = new ArrayList<>();
        for (EdgeView e : graph.edges()) {
            EvidenceView best = GraphWriters.bestEvidence(e);
            rows.add(Arrays.asList(e.id(), e.type(), e.source(), e.target(), name.apply(e.source()),
                    name.apply(e.target()), e.modality(), e.attribution(), e.year(), e.confidence(), e.evidenceCount(),
                    best == null ? null : best.quote(), best == null ? null : best.documentId(),
                    best == null ? null : best.sentenceId(), best == null ? null : best.start(),
                    best == null ? null : best.end(), GraphWriters.segments(best), GraphWriters.sourceUrls(best)));
        }
        return table(EDGE_COLUMNS, rows);
    }

    static String table(List<String> header, List<List<Object>> rows) {
        StringBuilder out = new StringBuilder();
        line(out, new ArrayList<>(header));
        rows.forEach(r -> line(out, r));
        return out.toString();
    }

    private static void line(StringBuilder out, List<?> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(fields.get(i)));
        }
        out.append("\r\n");
    }

    /** One field, quoted when it holds a comma, quote, line break or surrounding space. */
    static String field(Object value) {
        if (value == null) {
            return "";
        }
        String s = value.toString();
        boolean quote = s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")
                || (!s.isEmpty() && (Character.isWhitespace(s.charAt(0)) || Character.isWhitespace(s.charAt(s.length() - 1))));
        return quote ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
