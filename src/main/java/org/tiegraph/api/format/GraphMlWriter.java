package org.tiegraph.api.format;

import java.io.StringWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.tiegraph.query.EdgeView;
import org.tiegraph.query.EvidenceView;
import org.tiegraph.query.GraphView;
import org.tiegraph.query.NodeView;

/**
 * GraphML for Gephi, yEd, networkx and igraph: typed {@code <key>} declarations, nodes with label, type and aliases,
 * edges with type, modality, year, evidence count and their best evidence (quote, document, sentence, offsets, source
 * urls and titles).
 */
public final class GraphMlWriter {

    private static final String NS = "http://graphml.graphdrawing.org/xmlns";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    private static final String SCHEMA = NS + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd";

    /** One attribute: its key id, whether it is for nodes or edges, its name and GraphML type. */
    private record Key(String id, String domain, String name, String type) {
    }

    private static final List<Key> NODE_KEYS = List.of(
            new Key("label", "node", "label", "string"),
            new Key("type", "node", "type", "string"),
            new Key("aliases", "node", "aliases", "string"),
            new Key("discovered", "node", "discovered", "boolean"));
    private static final List<Key> EDGE_KEYS = List.of(
            new Key("edge_label", "edge", "label", "string"),
            new Key("edge_type", "edge", "type", "string"),
            new Key("modality", "edge", "modality", "string"),
            new Key("attribution", "edge", "attribution", "string"),
            new Key("year", "edge", "year", "string"),
            new Key("confidence", "edge", "confidence", "double"),
            new Key("evidenceCount", "edge", "evidenceCount", "int"),
            new Key("quote", "edge", "quote", "string"),
            new Key("documentId", "edge", "documentId", "string"),
            new Key("sentenceId", "edge", "sentenceId", "string"),
            new Key("start", "edge", "start", "int"),
            new Key("end", "edge", "end", "int"),
            new Key("segments", "edge", "segments", "string"),
            new Key("sourceUrls", "edge", "sourceUrls", "string"),
            new Key("sourceTitles", "edge", "sourceTitles", "string"));

    private GraphMlWriter() {
    }

    public static String write(GraphView graph) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("graphml");
            xml.writeDefaultNamespace(NS);
            xml.writeNamespace("xsi", XSI);
            xml.writeAttribute(XSI, "schemaLocation", SCHEMA);
            for (Key k : concat(NODE_KEYS, EDGE_KEYS)) {
                xml.writeEmptyElement("key");
                xml.writeAttribute("id", k.id());
                xml.writeAttribute("for", k.domain());
                xml.writeAttribute("attr.name", k.name());
                xml.writeAttribute("attr.type", k.type());
            }
            xml.writeStartElement("graph");
            xml.writeAttribute("id", "G");
            xml.writeAttribute("edgedefault", "directed");
            for (NodeView n : graph.nodes()) {
                xml.writeStartElement("node");
                xml.writeAttribute("id", n.id());
                Map<String, Object> v = new HashMap<>();
                v.put("label", n.name());
                v.put("type", n.type());
                v.put("aliases", String.join(" | ", n.aliases()));
                v.put("discovered", n.discovered());
                writeData(xml, NODE_KEYS, v);
                xml.writeEndElement();
            }
            for (EdgeView e : graph.edges()) {
                xml.writeStartElement("edge");
                xml.writeAttribute("id", e.id());
                xml.writeAttribute("source", e.source());
                xml.writeAttribute("target", e.target());
                EvidenceView best = GraphWriters.bestEvidence(e);
                Map<String, Object> v = new HashMap<>();
                v.put("edge_label", e.type());
                v.put("edge_type", e.type());
                v.put("modality", e.modality());
                v.put("attribution", e.attribution());
                v.put("year", e.year());
                v.put("confidence", e.confidence());
                v.put("evidenceCount", e.evidenceCount());
                if (best != null) {
                    v.put("quote", best.quote());
                    v.put("documentId", best.documentId());
                    v.put("sentenceId", best.sentenceId());
                    v.put("start", best.start());
                    v.put("end", best.end());
                    v.put("segments", GraphWriters.segments(best));
                    v.put("sourceUrls", GraphWriters.sourceUrls(best));
                    v.put("sourceTitles", GraphWriters.sourceTitles(best));
                }
                writeData(xml, EDGE_KEYS, v);
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write GraphML", e);
        }
        return out.toString();
    }

    private static void writeData(XMLStreamWriter xml, List<Key> keys, Map<String, Object> values)
            throws XMLStreamException {
        for (Key k : keys) {
            Object v = values.get(k.id());
            if (v == null || v.toString().isEmpty()) {
                continue;
            }
            xml.writeStartElement("data");
            xml.writeAttribute("key", k.id());
            xml.writeCharacters(xmlSafe(v.toString()));
            xml.writeEndElement();
        }
    }

    /** Drops characters XML 1.0 cannot carry (control characters that OCR text sometimes holds). */
    static String xmlSafe(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().filter(c -> c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                        || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF))
                .forEach(out::appendCodePoint);
        return out.toString();
    }

    private static List<Key> concat(List<Key> a, List<Key> b) {
        List<Key> out = new java.util.ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
