package org.tiegraph.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/** Documents, their load reports, sentences and footnote sources. */
public final class DocumentService {

    private final CypherRunner cypher;
    private final GraphReader reader;
    private final ObjectMapper json = new ObjectMapper();

    public DocumentService(CypherRunner cypher) {
        this.cypher = cypher;
        this.reader = new GraphReader(cypher);
    }

    /** Loaded documents in id order. */
    public Page<DocumentSummary> documents(int limit, int offset) {
        Limits.check("limit", limit, 1, Limits.LIST_MAX);
        Limits.check("offset", offset, 0, Integer.MAX_VALUE);
        List<DocumentSummary> items = cypher.read("documents", Map.of("offset", offset, "limit", limit)).stream()
                .map(r -> {
                    Map<String, Object> doc = r.get("document").asMap();
                    return new DocumentSummary(Values.string(doc, "id"), Values.string(doc, "title"), metadata(doc),
                            r.get("sections").asLong(), r.get("sentences").asLong());
                }).toList();
        long total = cypher.read("documents_count", Map.of()).getFirst().get("total").asLong();
        return new Page<>(items, total, limit, offset);
    }

    /** One document with sections, counts and the sources it cites; 404 when unknown. */
    public DocumentDetail document(String id) {
        List<Record> rows = cypher.read("document", Map.of("id", id));
        if (rows.isEmpty()) {
            throw new NotFoundException("id", "no document with id '" + id + "'");
        }
        Record r = rows.getFirst();
        List<SectionView> sections = r.get("sections").asList(v -> {
            Map<String, Object> m = v.asMap();
            return new SectionView(Values.string(m, "id"), Values.integer(m, "index"), Values.string(m, "title"),
                    Values.integer(m, "start"), Values.integer(m, "end"));
        });
        DocumentDetail.Counts counts = new DocumentDetail.Counts(sections.size(), r.get("sentences").asLong(),
                r.get("evidence").asLong(), r.get("edges").asLong(), r.get("entities").asLong(),
                r.get("mentions").asLong());
        List<DocumentDetail.CitedSource> sources = cypher.read("document_sources", Map.of("id", id)).stream()
                .map(s -> {
                    Map<String, Object> src = s.get("source").asMap();
                    return new DocumentDetail.CitedSource(Values.string(src, "id"), Values.string(src, "title"),
                            Values.string(src, "url"), Values.integer(src, "footnote"), s.get("citations").asLong());
                }).toList();
        Map<String, Object> doc = r.get("document").asMap();
        return new DocumentDetail(id, Values.string(doc, "title"), metadata(doc), sections, counts, sources,
                r.get("hasReport").asBoolean());
    }

    /**
     * The file a document was loaded from, for reloading it (never shown in answers); empty when it has none.
     *
     * @throws NotFoundException when there is no such document
     */
    public java.util.Optional<String> sourceFile(String id) {
        List<Record> rows = cypher.read("document_file", Map.of("id", id));
        if (rows.isEmpty()) {
            throw new NotFoundException("id", "no document with id '" + id + "'");
        }
        Value path = rows.getFirst().get("path");
        return path.isNull() ? java.util.Optional.empty() : java.util.Optional.of(path.asString());
    }

    /**
     * The stored JSON load report of a document (naming its file, not the folder); 404 when the document or its report
     * is missing.
     */
    public JsonNode report(String id) {
        List<Record> rows = cypher.read("document_report", Map.of("id", id));
        if (rows.isEmpty()) {
            throw new NotFoundException("id", "no document with id '" + id + "'");
        }
        Value report = rows.getFirst().get("report");
        if (report.isNull()) {
            throw new NotFoundException("id", "document '" + id + "' has no stored load report");
        }
        try {
            JsonNode stored = json.readTree(report.asString());
            if (stored instanceof ObjectNode fields && fields.has("path")) {
                // reports stored by earlier versions named the file's folder on the server
                String path = fields.remove("path").asText("");
                fields.put("file", path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1));
            }
            return stored;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the stored load report of document " + id + " is not JSON", e);
        }
    }

    /** One sentence with its mentions, cited sources and the edges it grounds; 404 when unknown. */
    public SentenceDetail sentence(String id) {
        List<Record> rows = cypher.read("sentence", Map.of("id", id));
        if (rows.isEmpty()) {
            throw new NotFoundException("id", "no sentence with id '" + id + "'");
        }
        Record r = rows.getFirst();
        Map<String, Object> s = r.get("sentence").asMap();
        List<SentenceDetail.Mention> mentions = r.get("mentions").asList(v -> {
            Map<String, Object> m = v.asMap();
            return new SentenceDetail.Mention(Values.string(m, "id"), Values.string(m, "name"),
                    Values.string(m, "type"), Values.integer(m, "start"), Values.integer(m, "end"),
                    Values.string(m, "surface"));
        });
        List<SourceRef> sources = r.get("sources").asList(v -> SourceRef.of(v.asMap()));
        List<String> edgeIds = r.get("edgeIds").asList(Value::asString);
        List<EdgeView> edges = List.of();
        if (!edgeIds.isEmpty()) {
            List<Map<String, Object>> found = cypher.read("sentence_edges", Map.of("id", id, "edgeIds", edgeIds))
                    .stream().map(e -> e.get("edge").asMap()).toList();
            edges = reader.details(List.of(), found.stream().map(e -> Values.string(e, "id")).toList()).edges(found);
        }
        return new SentenceDetail(Values.string(s, "id"), Values.string(s, "documentId"),
                r.get("documentTitle").isNull() ? null : r.get("documentTitle").asString(),
                Values.string(s, "sectionId"), Values.integer(s, "index"), Values.integer(s, "start"),
                Values.integer(s, "end"), Values.string(s, "text"),
                SentenceDetail.segments(Values.objects(s, "segments"), Values.integer(s, "start"), Values.integer(s, "end")),
                mentions, sources, edges);
    }

    /** Footnote sources in id order, optionally only those cited by one document. */
    public Page<SourceEntry> sources(String documentId, int limit, int offset) {
        Limits.check("limit", limit, 1, Limits.LIST_MAX);
        Limits.check("offset", offset, 0, Integer.MAX_VALUE);
        Map<String, Object> p = new HashMap<>();
        p.put("documentId", documentId);
        p.put("offset", offset);
        p.put("limit", limit);
        List<SourceEntry> items = cypher.read("sources", p).stream().map(r -> {
            Map<String, Object> src = r.get("source").asMap();
            return new SourceEntry(Values.string(src, "id"), Values.string(src, "title"), Values.string(src, "url"),
                    r.get("citations").asLong(), r.get("documents").asList(Value::asString));
        }).toList();
        Map<String, Object> c = new HashMap<>();
        c.put("documentId", documentId);
        long total = cypher.read("sources_count", c).getFirst().get("total").asLong();
        return new Page<>(items, total, limit, offset);
    }

    /** The document's metadata besides id and title, absent fields left out. */
    private static Map<String, Object> metadata(Map<String, Object> document) {
        Map<String, Object> meta = new LinkedHashMap<>();
        Values.plainMap(document).forEach((k, v) -> {
            if (v != null && !k.equals("id") && !k.equals("title")) {
                meta.put(k, v);
            }
        });
        return meta;
    }
}
