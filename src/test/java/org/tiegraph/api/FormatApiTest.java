package org.tiegraph.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tiegraph.api.ApiTestServer.encode;
import static org.tiegraph.api.ApiTestServer.get;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.tiegraph.query.FixtureGraph;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** Graph-shaped answers as node-link, Cytoscape, GraphML and CSV, parsed with real parsers. */
class FormatApiTest {

    private static final String GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns";
    private static final String HOOD = "/api/entities/china/neighborhood?depth=2";

    @Test
    void nodeLinkHasTheShapeNetworkxReads() {
        JsonNode json = get(HOOD).json();
        JsonNode g = get(HOOD + "&format=node-link").json();
        assertThat(g.path("directed").asBoolean()).isTrue();
        assertThat(g.path("multigraph").asBoolean()).isTrue();
        assertThat(g.path("graph").isObject()).isTrue();
        assertThat(g.path("nodes")).hasSize(json.path("nodes").size());
        assertThat(g.path("links")).hasSize(json.path("edges").size());
        Set<String> ids = new HashSet<>();
        g.path("nodes").forEach(n -> ids.add(n.path("id").asText()));
        for (JsonNode link : g.path("links")) {
            assertThat(ids).contains(link.path("source").asText(), link.path("target").asText());
            assertThat(link.path("key").asText()).isEqualTo(link.path("id").asText());
            assertThat(link.path("evidence").isArray()).isTrue();
        }
    }

    @Test
    void cytoscapeElementsReferenceTheirNodes() {
        JsonNode g = get("/api/paths?from=china&to=russia&via=drones&format=cytoscape").json().path("elements");
        Set<String> ids = new HashSet<>();
        g.path("nodes").forEach(n -> ids.add(n.path("data").path("id").asText()));
        assertThat(ids).contains("china", "drones", "russia");
        assertThat(g.path("edges").size()).isPositive();
        g.path("edges").forEach(e -> assertThat(ids).contains(e.path("data").path("source").asText(),
                e.path("data").path("target").asText()));
    }

    @Test
    void graphMlParsesWithTypedKeysAndEvidence() throws Exception {
        JsonNode json = get(HOOD).json();
        var reply = get(HOOD + "&format=graphml");
        assertThat(reply.contentType()).startsWith("application/graphml+xml");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document doc = factory.newDocumentBuilder().parse(new InputSource(new StringReader(reply.body())));
        assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("graphml");
        assertThat(doc.getDocumentElement().getNamespaceURI()).isEqualTo(GRAPHML_NS);
        Map<String, String> keyTypes = new HashMap<>();
        NodeList keys = doc.getElementsByTagNameNS(GRAPHML_NS, "key");
        for (int i = 0; i < keys.getLength(); i++) {
            Element k = (Element) keys.item(i);
            keyTypes.put(k.getAttribute("id"), k.getAttribute("attr.type"));
        }
        assertThat(keyTypes).containsEntry("label", "string").containsEntry("evidenceCount", "int")
                .containsEntry("quote", "string").containsEntry("discovered", "boolean");
        assertThat(doc.getElementsByTagNameNS(GRAPHML_NS, "node").getLength()).isEqualTo(json.path("nodes").size());
        NodeList edges = doc.getElementsByTagNameNS(GRAPHML_NS, "edge");
        assertThat(edges.getLength()).isEqualTo(json.path("edges").size());
        List<String> quotes = new ArrayList<>();
        NodeList data = doc.getElementsByTagNameNS(GRAPHML_NS, "data");
        for (int i = 0; i < data.getLength(); i++) {
            Element d = (Element) data.item(i);
            assertThat(keyTypes).containsKey(d.getAttribute("key"));
            if (d.getAttribute("key").equals("quote")) {
                quotes.add(d.getTextContent());
            }
        }
        assertThat(quotes).contains("Chinese companies in Xinjiang");
    }

    @Test
    void acceptHeaderSelectsTheFormat() {
        var reply = get(HOOD, "Accept", "application/graphml+xml");
        assertThat(reply.contentType()).startsWith("application/graphml+xml");
        assertThat(get(HOOD, "Accept", "text/csv").contentType()).startsWith("text/csv");
        assertThat(get(HOOD, "Accept", "text/html,application/json").contentType()).startsWith("application/json");
    }

    @Test
    void csvParsesWithNeo4jsCsvReaderAndMatchesTheJson() {
        JsonNode json = get(HOOD).json();
        Map<String, String> quoteByEdge = new HashMap<>();
        json.path("edges").forEach(e -> quoteByEdge.put(e.path("id").asText(),
                e.path("evidence").get(0).path("quote").asText()));
        List<Record> edges = loadCsv(HOOD + "&format=csv");
        assertThat(edges).hasSize(json.path("edges").size());
        for (Record row : edges) {
            Map<String, Object> r = row.get("row").asMap();
            assertThat(r.get("quote")).isEqualTo(quoteByEdge.get((String) r.get("id")));
        }
        List<Record> nodes = loadCsv(HOOD + "&format=csv&part=nodes");
        assertThat(nodes).hasSize(json.path("nodes").size());
        assertThat(nodes).anySatisfy(r -> assertThat(r.get("row").get("aliases").asString()).contains("PRC"));
    }

    /** Reads a CSV answer with Neo4j's LOAD CSV, which fetches it over HTTP and parses it (quotes, commas, UTF-8). */
    private static List<Record> loadCsv(String pathAndQuery) {
        try (Session session = FixtureGraph.driver().session()) {
            return session.run("LOAD CSV WITH HEADERS FROM $url AS row RETURN row",
                    Map.of("url", ApiTestServer.base() + pathAndQuery)).list();
        }
    }

    @Test
    void unknownFormatOrPartIsABadRequest() {
        assertThat(get(HOOD + "&format=pdf").json().path("parameter").asText()).isEqualTo("format");
        assertThat(get(HOOD + "&format=csv&part=rows").json().path("parameter").asText()).isEqualTo("part");
        assertThat(get("/api/paths/pattern?format=graphml&p=" + encode("china>*")).status()).isEqualTo(200);
    }
}
