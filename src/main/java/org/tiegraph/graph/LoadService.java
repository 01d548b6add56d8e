package org.tiegraph.graph;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.TransactionTerminatedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tiegraph.catalogue.Catalogue;
import org.tiegraph.extract.Edge;
import org.tiegraph.extract.Entity;
import org.tiegraph.extract.Extraction;
import org.tiegraph.extract.Extractor;
import org.tiegraph.ingest.DocumentException;
import org.tiegraph.ingest.DocumentFinder;
import org.tiegraph.ingest.DocumentParser;
import org.tiegraph.ingest.DocumentReader;
import org.tiegraph.ingest.ParsedDocument;
import org.tiegraph.ingest.RawDocument;

/**
 * The loader: finds documents, reads, parses and extracts them, enforces grounding (every quote verbatim in its
 * document, every type in the catalogue) and writes each document in its own transaction. A document whose content
 * hash is unchanged is skipped; a changed one replaces its own evidence; one whose normalised text another document
 * already holds is not loaded again (it would count the same sentences twice as evidence). One document loads at a
 * time, whoever asks (the loading at start, the API). Loading one document has a time limit, from reading to commit:
 * beyond it the document is refused and the graph keeps what it had.
 */
public final class LoadService {

    private static final Logger LOG = LoggerFactory.getLogger(LoadService.class);
    /** How long one document may take to load. */
    public static final Duration TIME_LIMIT = Duration.ofMinutes(2);

    /** A load past its time limit. */
    private static final class TooSlow extends RuntimeException {
        TooSlow(String stage, Duration limit) {
            super("loading stopped during " + stage + ": it took longer than the limit of " + limit.toSeconds()
                    + " s for one document (split it into smaller files)", null, false, false);
        }
    }

    /** The built-in document {@link #rehearse()} writes and rolls back (a classpath resource). */
    private static final String REHEARSAL = "loader/rehearsal.txt";

    private final Driver driver;
    private final String database;
    private final Catalogue catalogue;
    private final Extractor extractor;
    private final GraphWriter writer;
    private final Duration timeLimit;
    private final ReentrantLock oneAtATime = new ReentrantLock();

    public LoadService(Driver driver, String database, Catalogue catalogue) {
        this(driver, database, catalogue, TIME_LIMIT);
    }

    /** A loader with another time limit per document. */
    public LoadService(Driver driver, String database, Catalogue catalogue, Duration timeLimit) {
        this.timeLimit = timeLimit;
        this.driver = driver;
        this.database = database;
        this.catalogue = catalogue;
        this.extractor = new Extractor(catalogue);
        this.writer = new GraphWriter(driver, database, catalogue);
    }

    /** Loads every document under the given files or folders; one failing document does not stop the others. */
    public List<LoadReport> load(List<Path> filesOrFolders, boolean force, Consumer<LoadReport> progress) {
        List<Path> files = new DocumentFinder().find(filesOrFolders);
        List<LoadReport> reports = new ArrayList<>();
        int i = 0;
        for (Path file : files) {
            LoadReport report = loadOne(file, force);
            reports.add(report);
            i++;
            LOG.info("[{}/{}] {}", i, files.size(), report.summary());
            progress.accept(report);
        }
        return reports;
    }

    /** Loads one document file. */
    public LoadReport loadOne(Path file, boolean force) {
        oneAtATime.lock();
        try {
            return loadAlone(file, force);
        } finally {
            oneAtATime.unlock();
        }
    }

    /**
     * Reads, extracts and writes a small built-in document ({@code loader/rehearsal.txt}) in a transaction that is
     * rolled back: the extractor warms up and Neo4j plans every write statement, so the first real document costs
     * what a later one of its size does. The graph is left as it was.
     */
    public void rehearse() {
        oneAtATime.lock();
        try {
            String text = rehearsalText();
            RawDocument raw = new RawDocument("tiegraph-rehearsal", REHEARSAL, "txt", "Loader rehearsal", Map.of(), text,
                    DocumentReader.sha256(text));
            DocumentParser parser = new DocumentParser();
            Extraction extraction = extractor.extract(withFootnoteProse(parser, parser.parse(raw)));
            List<Edge> grounded = ground(raw, extraction, new ArrayList<>());
            // twice: Neo4j plans a statement on its first run and recompiles its expressions on the second
            writer.rehearse(extraction, grounded);
            writer.rehearse(extraction, grounded);
        } finally {
            oneAtATime.unlock();
        }
    }

    private static String rehearsalText() {
        try (var in = LoadService.class.getClassLoader().getResourceAsStream(REHEARSAL)) {
            if (in == null) {
                throw new IllegalStateException("resource missing from the classpath: " + REHEARSAL);
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read " + REHEARSAL, e);
        }
    }

    private LoadReport loadAlone(Path file, boolean force) {
        long t0 = System.nanoTime();
        Instant deadline = Instant.now().plus(timeLimit);
        try {
            RawDocument raw = new DocumentReader(deadline).read(file);
            DocumentParser parser = new DocumentParser();
            String contentHash = raw.contentHash();
            Map<String, Object> stored = stored(raw.id());
            if (!force && raw.sha256().equals(stored.get("sha256"))) {
                if (stored.get("contentHash") == null) {
                    write("write/06_content_hash.cypher", Map.of("documentId", raw.id(), "contentHash", contentHash));
                }
                return new LoadReport(raw.id(), file.toString(), raw.title(), LoadReport.UNCHANGED,
                        "content unchanged since the last load", 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, List.of(), List.of(),
                        millisSince(t0));
            }
            String twin = sameContent(raw.id(), contentHash);
            if (twin != null) {
                return new LoadReport(twin, file.toString(), raw.title(), LoadReport.DUPLICATE,
                        "the same text is already loaded as document '" + twin + "'; not loaded again",
                        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, List.of(), List.of(), millisSince(t0));
            }
            ParsedDocument parsed = withFootnoteProse(parser, parser.parse(raw));
            inTime(deadline, "parsing");
            Extraction extraction;
            try {
                extraction = extractor.extract(parsed, deadline);
            } catch (Extractor.OutOfTime e) {
                throw new TooSlow("extraction", timeLimit);
            }
            List<LoadReport.RejectedEdge> rejected = new ArrayList<>();
            extraction.rejected().forEach(r -> rejected.add(new LoadReport.RejectedEdge(r.sourceId(), r.type(),
                    r.targetId(), r.sentenceId(), r.reason())));
            List<Edge> grounded = ground(raw, extraction, rejected);
            int sources = (int) parsed.footnotes().stream().flatMap(f -> f.sources().stream()).map(s -> s.id()).distinct().count();
            GraphWriter.WriteResult written;
            try {
                written = writer.write(extraction, grounded, (fresh, matched) ->
                        reportMap(report(raw, file, extraction, grounded, rejected, sources, fresh, matched, 0, t0)),
                        inTime(deadline, "writing"));
            } catch (Neo4jException e) {
                if (isTimeout(e)) {
                    throw new TooSlow("writing", timeLimit);
                }
                throw e;
            }
            return report(raw, file, extraction, grounded, rejected, sources, written.entitiesNew(),
                    written.entitiesMatched(), written.evidence(), t0);
        } catch (DocumentException | TooSlow e) {
            LOG.warn("document {} not loaded: {}", file, e.getMessage());
            return LoadReport.failed(file.toString(), reason(e, file), millisSince(t0));
        } catch (RuntimeException e) {
            LOG.warn("document {} not loaded", file, e);
            return LoadReport.failed(file.toString(), "the document could not be loaded: an unexpected error, "
                    + "logged by the server" + (e instanceof Neo4jException ? " (the database refused the write)" : ""),
                    millisSince(t0));
        }
    }

    /** Why a document failed, naming no folder of this machine (answers go to API clients). */
    private static String reason(RuntimeException e, Path file) {
        String message = e instanceof DocumentException d ? d.reason() : e.getMessage();
        Path absolute = file.toAbsolutePath().normalize();
        Path folder = absolute.getParent();
        message = message.replace(absolute.toString(), String.valueOf(absolute.getFileName()));
        return folder == null ? message : message.replace(folder + File.separator, "")
                .replace(folder.toString(), "");
    }

    /** The time left before {@code deadline}, or a {@link TooSlow} naming the stage when none is left. */
    private Duration inTime(Instant deadline, String stage) {
        Duration left = Duration.between(Instant.now(), deadline);
        if (left.isNegative() || left.isZero()) {
            throw new TooSlow(stage, timeLimit);
        }
        return left;
    }

    private static boolean isTimeout(Neo4jException e) {
        String code = e.code() == null ? "" : e.code();
        return e instanceof TransactionTerminatedException || code.contains("TransactionTimedOut")
                || code.contains("Transaction.Terminated");
    }

    /** Adds the footnotes' own prose sentences (facts stated only in a note) to the body sentences extraction reads. */
    private static ParsedDocument withFootnoteProse(DocumentParser parser, ParsedDocument body) {
        List<org.tiegraph.ingest.Sentence> sentences = new ArrayList<>(body.sentences());
        sentences.addAll(parser.footnoteSentences(body));
        return new ParsedDocument(body.document(), body.sections(), sentences, body.footnotes());
    }

    /**
     * Keeps the edges whose quote is verbatim in the document (each of its segments at its offsets) and whose type and
     * ends the catalogue allows.
     */
    List<Edge> ground(RawDocument raw, Extraction extraction, List<LoadReport.RejectedEdge> rejected) {
        Map<String, Entity> entities = extraction.entities().stream()
                .collect(Collectors.toMap(Entity::id, e -> e, (a, b) -> a));
        Set<String> sentenceIds = extraction.parsed().sentences().stream().map(s -> s.id()).collect(Collectors.toSet());
        String text = raw.text();
        List<Edge> kept = new ArrayList<>();
        for (Edge edge : extraction.edges()) {
            var ev = edge.evidence();
            Entity source = entities.get(edge.sourceId());
            Entity target = entities.get(edge.targetId());
            String reason = null;
            if (source == null || target == null) {
                reason = "an endpoint is not among the document's entities";
            } else if (!catalogue.isEdgeType(edge.type())) {
                reason = "edge type " + edge.type() + " is not in the catalogue";
            } else if (!catalogue.allows(edge.type(), source.type(), target.type())) {
                reason = edge.type() + " does not allow " + source.type() + " -> " + target.type();
            } else if (ev == null || ev.quote() == null || ev.quote().isBlank()) {
                reason = "no evidence quote";
            } else if (!ev.verbatimIn(text)) {
                reason = "quote not found verbatim at its offsets in the document";
            } else if (!sentenceIds.contains(ev.sentenceId())) {
                reason = "evidence names an unknown sentence";
            }
            if (reason == null) {
                kept.add(edge);
            } else {
                rejected.add(new LoadReport.RejectedEdge(edge.sourceId(), edge.type(), edge.targetId(),
                        ev == null ? null : ev.sentenceId(), reason));
            }
        }
        return kept;
    }

    private LoadReport report(RawDocument raw, Path file, Extraction x, List<Edge> grounded,
                              List<LoadReport.RejectedEdge> rejected, int sources, int entitiesNew, int entitiesMatched,
                              int evidence, long t0) {
        int edges = (int) grounded.stream().map(e -> e.sourceId() + "|" + e.type() + "|" + e.targetId()).distinct().count();
        return new LoadReport(raw.id(), file.toString(), raw.title(), LoadReport.LOADED, null,
                x.parsed().sections().size(), x.parsed().sentences().size(), x.parsed().footnotes().size(), sources,
                x.entities().size(), entitiesNew, entitiesMatched, x.mentions().size(), edges,
                evidence == 0 ? grounded.size() : evidence, List.copyOf(rejected), List.copyOf(x.unresolved()),
                millisSince(t0));
    }

    private static Map<String, Object> reportMap(LoadReport r) {
        Map<String, Object> m = new HashMap<>();
        m.put("documentId", r.documentId());
        m.put("file", r.file());
        m.put("title", r.title());
        m.put("status", r.status());
        m.put("sections", r.sections());
        m.put("sentences", r.sentences());
        m.put("footnotes", r.footnotes());
        m.put("sources", r.sources());
        m.put("entities", r.entities());
        m.put("entitiesNew", r.entitiesNew());
        m.put("entitiesMatched", r.entitiesMatched());
        m.put("mentions", r.mentions());
        m.put("edges", r.edges());
        m.put("evidence", r.evidence());
        m.put("rejected", r.rejected());
        m.put("unresolved", r.unresolved());
        m.put("millis", r.millis());
        return m;
    }

    /** The hashes a document was last loaded with (sha256, contentHash; absent ones null). */
    private Map<String, Object> stored(String documentId) {
        try (var session = driver.session(SessionConfig.forDatabase(database))) {
            return session.executeRead(tx -> {
                var rows = tx.run(CypherFile.load("write/00_document_hash.cypher"), Map.of("documentId", documentId))
                        .list(r -> r.asMap());
                return rows.isEmpty() ? Map.<String, Object>of() : rows.getFirst();
            });
        }
    }

    /** The id of another document with the same normalised text, or null. */
    private String sameContent(String documentId, String contentHash) {
        try (var session = driver.session(SessionConfig.forDatabase(database))) {
            return session.executeRead(tx -> tx.run(CypherFile.load("write/05_same_content.cypher"),
                            Map.of("documentId", documentId, "contentHash", contentHash))
                    .list(r -> r.get("id").asString()).stream().findFirst().orElse(null));
        }
    }

    private void write(String file, Map<String, Object> parameters) {
        try (var session = driver.session(SessionConfig.forDatabase(database))) {
            session.executeWrite(tx -> tx.run(CypherFile.load(file), parameters).consume());
        }
    }

    private static long millisSince(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }
}
