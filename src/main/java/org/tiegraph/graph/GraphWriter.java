package org.tiegraph.graph;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.SimpleQueryRunner;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionConfig;
import org.tiegraph.catalogue.Catalogue;
import org.tiegraph.extract.Edge;
import org.tiegraph.extract.Entity;
import org.tiegraph.extract.Evidence;
import org.tiegraph.extract.Extraction;
import org.tiegraph.extract.Mention;
import org.tiegraph.ingest.Footnote;
import org.tiegraph.ingest.Pages;
import org.tiegraph.ingest.RawDocument;
import org.tiegraph.ingest.Section;
import org.tiegraph.ingest.Sentence;
import org.tiegraph.ingest.Source;

/**
 * Writes one document's extraction into Neo4j in a single write transaction (a document is fully loaded or absent):
 * the document's previous content is replaced, nodes are merged before relationships, rows go in batched
 * {@code UNWIND ... MERGE} statements kept under {@code cypher/write/}. A rehearsal runs the same statements in a
 * transaction that is rolled back, so Neo4j has planned them before the first real document.
 */
public final class GraphWriter {

    static final int BATCH = 2_000;
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(GraphWriter.class);

    private final Driver driver;
    private final String database;
    private final Catalogue catalogue;
    private final EdgeRankings rankings;

    /** What a write changed, for the load report. */
    public record WriteResult(int entitiesNew, int entitiesMatched, int edges, int evidence, int mentions) {
    }

    public GraphWriter(Driver driver, String database, Catalogue catalogue) {
        this.driver = driver;
        this.database = database;
        this.catalogue = catalogue;
        this.rankings = new EdgeRankings(catalogue.edgeTypes().keySet());
    }

    /**
     * Replaces the document's content with {@code extraction}; {@code edges} must already be grounded and whitelisted.
     * The transaction is stopped by the server, and rolled back, once {@code timeout} has passed.
     */
    public WriteResult write(Extraction extraction, List<Edge> edges, ReportBuilder report, Duration timeout) {
        try (var session = driver.session(SessionConfig.forDatabase(database))) {
            return session.executeWrite(tx -> writeIn(tx, extraction, edges, report),
                    TransactionConfig.builder().withTimeout(timeout).build());
        }
    }

    /**
     * Runs the whole write of {@code extraction} in a transaction that is rolled back: Neo4j plans (and caches) every
     * write statement, and nothing changes in the graph.
     */
    public void rehearse(Extraction extraction, List<Edge> edges) {
        try (var session = driver.session(SessionConfig.forDatabase(database));
             Transaction tx = session.beginTransaction()) {
            writeIn(tx, extraction, edges, (fresh, matched) -> Map.of());
            tx.rollback();
        }
    }

    /** Builds the JSON load report stored on the document, once the new/matched entity counts are known. */
    @FunctionalInterface
    public interface ReportBuilder {
        Map<String, Object> build(int entitiesNew, int entitiesMatched);
    }

    private WriteResult writeIn(SimpleQueryRunner tx, Extraction extraction, List<Edge> edges, ReportBuilder report) {
        RawDocument doc = extraction.parsed().document();
        Map<String, Object> docParam = Map.of("documentId", doc.id());

        List<Map<String, Object>> touched = new ArrayList<>(tx.run(CypherFile.load("write/01_prior_edges.cypher"), docParam)
                .list(r -> r.asMap()));
        List<String> priorEntities = tx.run(CypherFile.load("write/02_prior_entities.cypher"), docParam)
                .list(r -> r.get("id").asString());
        tx.run(CypherFile.load("write/03_delete_document_content.cypher"), docParam).consume();

        List<String> entityIds = extraction.entities().stream().map(Entity::id).toList();
        Set<String> existing = new java.util.HashSet<>(tx.run(CypherFile.load("write/04_existing_entities.cypher"),
                Map.of("ids", entityIds)).list(r -> r.get("id").asString()));

        Map<String, Object> reportJson = report.build(entityIds.size() - existing.size(), existing.size());
        tx.run(CypherFile.load("write/10_document.cypher"), Map.of("doc", documentProperties(doc, reportJson))).consume();
        batched(tx, "write/11_sections.cypher", sectionRows(extraction.parsed().sections()), docParam);
        Pages pages = Pages.of(doc);
        batched(tx, "write/12_sentences.cypher", sentenceRows(extraction.parsed().sentences(), pages), docParam);
        batched(tx, "write/13_sources.cypher", sourceRows(extraction), Map.of());
        batched(tx, "write/14_footnotes.cypher", footnoteRows(doc.id(), extraction.parsed().footnotes(), pages),
                docParam);
        batched(tx, "write/20_entities.cypher", entityRows(extraction.entities()), Map.of());
        batched(tx, "write/21_mentions.cypher", mentionRows(extraction.mentions()), Map.of());

        List<Map<String, Object>> evidenceRows = evidenceRows(edges);
        batched(tx, "write/30_evidence.cypher", evidenceRows, Map.of());
        Map<String, Map<String, Object>> summaries = new LinkedHashMap<>();
        for (Map<String, Object> t : touched) {
            summaries.put((String) t.get("edgeId"), t);
        }
        for (Map<String, Object> row : evidenceRows) {
            summaries.putIfAbsent((String) row.get("edgeId"), Map.of("edgeId", row.get("edgeId"),
                    "sourceId", row.get("sourceId"), "type", row.get("type"), "targetId", row.get("targetId")));
        }
        batched(tx, "write/31_edge_summaries.cypher", new ArrayList<>(summaries.values()), Map.of());
        List<String> orphanCandidates = new ArrayList<>(priorEntities);
        tx.run(CypherFile.load("write/32_orphan_entities.cypher"), Map.of("ids", orphanCandidates)).consume();
        Set<String> edgeEnds = new LinkedHashSet<>();
        summaries.values().forEach(t -> {
            edgeEnds.add((String) t.get("sourceId"));
            edgeEnds.add((String) t.get("targetId"));
        });
        rankings.refresh(tx, edgeEnds);

        int edgeCount = (int) evidenceRows.stream().map(r -> r.get("edgeId")).distinct().count();
        return new WriteResult(entityIds.size() - existing.size(), existing.size(), edgeCount, evidenceRows.size(),
                extraction.mentions().size());
    }

    private static void batched(SimpleQueryRunner tx, String file, List<Map<String, Object>> rows, Map<String, Object> extra) {
        long t0 = System.nanoTime();
        for (int from = 0; from < rows.size(); from += BATCH) {
            Map<String, Object> params = new HashMap<>(extra);
            params.put("rows", rows.subList(from, Math.min(rows.size(), from + BATCH)));
            tx.run(CypherFile.load(file), params).consume();
        }
        LOG.debug("{}: {} rows in {} ms", file, rows.size(), (System.nanoTime() - t0) / 1_000_000);
    }


    private static Map<String, Object> documentProperties(RawDocument doc, Map<String, Object> report) {
        Map<String, Object> p = new LinkedHashMap<>();
        doc.metadata().forEach((k, v) -> {
            if (k.matches("[A-Za-z][A-Za-z0-9_]*") && v != null) {
                p.put(k, v);
            }
        });
        p.put("id", doc.id());
        p.put("title", doc.title());
        p.put("path", doc.path());
        p.put("format", doc.format());
        p.put("sha256", doc.sha256());
        p.put("contentHash", doc.contentHash());
        p.put("length", doc.text().length());
        p.put("loadedAt", java.time.Instant.now().toString());
        p.put("report", Json.write(report));
        return p;
    }

    private static List<Map<String, Object>> sectionRows(List<Section> sections) {
        return sections.stream().map(s -> Map.<String, Object>of("id", s.id(), "index", s.index(),
                "title", s.title() == null ? "" : s.title(), "start", s.start(), "end", s.end())).toList();
    }

    /** Sentence rows; {@code page} is null (not stored) for documents without pages. */
    private static List<Map<String, Object>> sentenceRows(List<Sentence> sentences, Pages pages) {
        return sentences.stream().map(s -> {
            Map<String, Object> row = new HashMap<>(Map.of("id", s.id(), "sectionId", s.sectionId(),
                    "index", s.index(), "start", s.start(), "end", s.end(), "text", s.text(),
                    "segments", flat(s.segments())));
            row.put("page", pages.at(s.start()));
            return row;
        }).toList();
    }

    /** Footnote rows in document order: number, verbatim text, offsets and page. */
    private static List<Map<String, Object>> footnoteRows(String documentId, List<Footnote> footnotes,
                                                          Pages pages) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < footnotes.size(); i++) {
            Footnote f = footnotes.get(i);
            Map<String, Object> row = new HashMap<>(Map.of("id", documentId + ":fn" + i, "position", i,
                    "number", f.number(), "start", f.start(), "end", f.end(), "text", f.text()));
            row.put("page", pages.at(f.start()));
            rows.add(row);
        }
        return rows;
    }

    private static List<Map<String, Object>> sourceRows(Extraction extraction) {
        Map<Integer, Footnote> footnotes = new HashMap<>();
        extraction.parsed().footnotes().forEach(f -> footnotes.put(f.number(), f));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Sentence s : extraction.parsed().sentences()) {
            for (Integer n : s.footnotes()) {
                Footnote f = footnotes.get(n);
                if (f == null) {
                    continue;
                }
                for (Source src : f.sources()) {
                    Map<String, Object> row = new HashMap<>();
                    row.put("sentenceId", s.id());
                    row.put("footnote", n);
                    row.put("id", src.id());
                    row.put("title", src.title());
                    row.put("url", src.url());
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    private List<Map<String, Object>> entityRows(List<Entity> entities) {
        return entities.stream().map(e -> {
            Map<String, Object> row = new HashMap<>();
            row.put("id", e.id());
            row.put("type", e.type());
            row.put("labels", catalogue.lineage(e.type()));
            row.put("name", e.name());
            row.put("aliases", new ArrayList<>(new LinkedHashSet<>(e.aliases())));
            row.put("discovered", e.discovered());
            Map<String, Object> props = new HashMap<>();
            e.properties().forEach((k, v) -> {
                if (k.matches("[A-Za-z][A-Za-z0-9_]*") && v != null && !RESERVED.contains(k)) {
                    props.put(k, v instanceof Number || v instanceof Boolean || v instanceof List ? v : String.valueOf(v));
                }
            });
            row.put("properties", props);
            return row;
        }).toList();
    }

    private static final Set<String> RESERVED = Set.of("id", "name", "type", "aliases", "searchText", "discovered");

    private static List<Map<String, Object>> mentionRows(List<Mention> mentions) {
        return mentions.stream().map(m -> Map.<String, Object>of("entityId", m.entityId(), "sentenceId", m.sentenceId(),
                "start", m.start(), "end", m.end(), "surface", m.surface())).toList();
    }

    private static List<Map<String, Object>> evidenceRows(List<Edge> edges) {
        Map<String, Map<String, Object>> rows = new LinkedHashMap<>();
        for (Edge edge : edges) {
            String edgeId = edgeId(edge.sourceId(), edge.type(), edge.targetId());
            Evidence ev = edge.evidence();
            String evidenceId = hash(edgeId + "|" + ev.documentId() + "|" + ev.sentenceId() + "|" + ev.start() + "|" + ev.end());
            Map<String, Object> e = new HashMap<>();
            e.put("id", evidenceId);
            e.put("documentId", ev.documentId());
            e.put("sentenceId", ev.sentenceId());
            e.put("start", ev.start());
            e.put("end", ev.end());
            e.put("segments", flat(ev.segments()));
            e.put("quote", ev.quote());
            e.put("year", ev.year());
            e.put("modality", ev.modality().wire());
            e.put("attribution", ev.attribution());
            e.put("rule", ev.rule());
            e.put("confidence", ev.confidence());
            e.put("predicate", ev.predicate());
            Map<String, Object> row = new HashMap<>();
            row.put("edgeId", edgeId);
            row.put("sourceId", edge.sourceId());
            row.put("type", edge.type());
            row.put("targetId", edge.targetId());
            row.put("evidence", e);
            rows.putIfAbsent(evidenceId, row);
        }
        return new ArrayList<>(rows.values());
    }

    /** Segments as the graph stores them: one flat list of offsets, start, end, start, end, ... */
    private static List<Integer> flat(List<Sentence.Segment> segments) {
        return segments.stream().flatMap(g -> java.util.stream.Stream.of(g.start(), g.end())).toList();
    }

    /** The stable id of the edge {@code source -[type]-> target}. */
    public static String edgeId(String sourceId, String type, String targetId) {
        return hash(sourceId + "|" + type + "|" + targetId);
    }

    static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
