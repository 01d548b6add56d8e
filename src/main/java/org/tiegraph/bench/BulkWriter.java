package org.tiegraph.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.summary.ResultSummary;
import org.tiegraph.graph.CypherFile;
import org.tiegraph.graph.SchemaApplier;

/**
 * Writes a {@link SyntheticGraph} through the driver in large {@code UNWIND} batches of {@code CREATE} statements
 * (ids are fresh, so nothing needs {@code MERGE}) and builds the schema (constraints, indexes, full-text index) over
 * the written nodes, as bulk loaders do: populating an index once is cheaper than updating it with every write.
 * Statements find the nodes they link by the element ids the creating statements returned, so no lookup needs an
 * index. Nodes come first: entities and sources. Then two lanes run at once, so both cores work: the document lane
 * writes documents with their sections, sentences and citations in one statement, then their evidence, and queues the
 * mentions of each written chunk; the entity lane writes the queued mentions and, between them, the domain edges. Once
 * its documents are written, the document lane takes the same shared work, so both lanes write until the end instead
 * of the entity lane finishing alone. Transactions of both lanes may then touch the same entity; a statement retried
 * after a deadlock or lock timeout is logged. The schema comes last. Counts come from the write summaries.
 */
final class BulkWriter {

    private final int batchRows;
    private final Driver driver;
    private final String database;
    private final SessionConfig session;
    private final Consumer<String> progress;
    private final Map<String, PhaseClock> phases = new LinkedHashMap<>();
    private long lastReport = System.nanoTime();

    BulkWriter(Driver driver, String database, int batchRows, Consumer<String> progress) {
        this.driver = driver;
        this.database = database;
        this.session = SessionConfig.forDatabase(database);
        this.batchRows = batchRows;
        this.progress = progress;
    }

    /** Accumulated nodes, relationships and statement time of one phase. */
    private static final class PhaseClock {
        long nodes;
        long relationships;
        long nanos;
    }

    /** Writes the whole graph and builds the schema over it; returns one entry per phase. */
    List<BenchReport.WritePhase> write(SyntheticGraph graph) throws InterruptedException {
        SyntheticRows rows = graph.rows();
        String[] entityNodes = createNodes("entities", "bench/10_entities.cypher", graph.entityCount(), rows::entityRow);
        String[] sourceNodes = createNodes("sources", "bench/11_sources.cypher", graph.sourceCount(), rows::sourceRow);
        SharedWork shared = new SharedWork(graph, entityNodes);
        long lanesStart = System.nanoTime();
        ExecutorService lanes = Executors.newFixedThreadPool(2, r -> new Thread(r, "bench-write-lane"));
        ExecutorCompletionService<Void> done = new ExecutorCompletionService<>(lanes);
        try {
            done.submit(() -> {
                try {
                    documentLane(graph, entityNodes, sourceNodes, shared);
                } finally {
                    shared.documentsEnded();
                }
                sharedLane(shared, "document", lanesStart);
                return null;
            });
            done.submit(() -> {
                sharedLane(shared, "entity", lanesStart);
                return null;
            });
            for (int lane = 0; lane < 2; lane++) {
                done.take().get();
            }
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            lanes.shutdownNow();
        }
        buildSchema();
        List<BenchReport.WritePhase> out = new ArrayList<>();
        synchronized (phases) {
            phases.forEach((name, clock) -> out.add(new BenchReport.WritePhase(name, clock.nodes, clock.relationships,
                    Math.round(clock.nanos / 1e6) / 1000.0)));
        }
        return out;
    }

    /**
     * Builds the constraints and indexes of {@code cypher/schema/} over the written graph and waits until they are
     * online (with the bench's longer wait: at 1m the population takes minutes). Building them while the entity lane
     * still wrote relationships measured no better on this 2-core machine.
     */
    private void buildSchema() {
        long t0 = System.nanoTime();
        try (var s = driver.session(session)) {
            for (String file : SchemaApplier.FILES) {
                for (String statement : CypherFile.statements(file)) {
                    s.run(statement).consume();
                }
            }
            s.run(CypherFile.load("bench/93_await_indexes.cypher")).consume();
        }
        PhaseClock clock = clock("indexes and constraints");
        synchronized (phases) {
            clock.nanos += System.nanoTime() - t0;
        }
    }

    /** Creates {@code count} nodes from rows; returns their element ids by row number. */
    private String[] createNodes(String phase, String file, int count, IntFunction<Map<String, Object>> row) {
        String[] nodes = new String[count];
        for (int first = 0; first < count; first += batchRows) {
            List<Map<String, Object>> batch = new ArrayList<>(batchRows);
            for (int i = first; i < Math.min(count, first + batchRows); i++) {
                batch.add(row.apply(i));
            }
            for (Record r : run(phase, file, batch)) {
                nodes[first + r.get("i").asInt()] = r.get("node").asString();
            }
            report(phase, Math.min(count, first + batchRows), count);
        }
        return nodes;
    }

    private void documentLane(SyntheticGraph graph, String[] entityNodes, String[] sourceNodes, SharedWork shared)
            throws InterruptedException {
        List<SyntheticRows.DocumentContent> chunk = new ArrayList<>();
        int evidenceRows = 0;
        for (int d = 0; d < graph.documentCount(); d++) {
            SyntheticRows.DocumentContent content = graph.rows().document(d);
            chunk.add(content);
            evidenceRows += content.evidence().size();
            if (evidenceRows >= batchRows || d == graph.documentCount() - 1) {
                Map<String, String> sentenceNodes = new HashMap<>();
                for (Record r : run("documents", "bench/20_documents.cypher", documentRows(chunk, sourceNodes))) {
                    sentenceNodes.put(r.get("id").asString(), r.get("node").asString());
                }
                List<Map<String, Object>> evidence = new ArrayList<>();
                List<Map<String, Object>> chunkMentions = new ArrayList<>();
                for (SyntheticRows.DocumentContent c : chunk) {
                    for (Map<String, Object> ev : c.evidence()) {
                        evidence.add(Map.of("sentence", sentenceNodes.get((String) ev.get("sentenceId")), "properties", ev));
                    }
                    for (Map<String, Object> m : c.mentions()) {
                        chunkMentions.add(Map.of("entity", entityNodes[(Integer) m.get("entity")],
                                "sentence", sentenceNodes.get((String) m.get("sentenceId")), "start", m.get("start"),
                                "end", m.get("end"), "surface", m.get("surface")));
                    }
                }
                run("evidence", "bench/30_evidence.cypher", evidence);
                shared.queueMentions(chunkMentions);
                chunk = new ArrayList<>();
                evidenceRows = 0;
                report("documents", d + 1, graph.documentCount());
            }
        }
    }

    /** Documents nested with their sections, sentences and citations, as {@code 20_documents.cypher} takes them. */
    private static List<Map<String, Object>> documentRows(List<SyntheticRows.DocumentContent> chunk, String[] sourceNodes) {
        List<Map<String, Object>> rows = new ArrayList<>(chunk.size());
        for (SyntheticRows.DocumentContent c : chunk) {
            Map<String, List<Map<String, Object>>> citations = new HashMap<>();
            for (Map<String, Object> cite : c.citations()) {
                citations.computeIfAbsent((String) cite.get("sentenceId"), k -> new ArrayList<>())
                        .add(Map.of("source", sourceNodes[(Integer) cite.get("source")],
                                "footnote", cite.get("footnote")));
            }
            Map<String, List<Map<String, Object>>> sentences = new LinkedHashMap<>();
            for (Map<String, Object> sentence : c.sentences()) {
                sentences.computeIfAbsent((String) sentence.get("sectionId"), k -> new ArrayList<>())
                        .add(Map.of("properties", sentence,
                                "citations", citations.getOrDefault((String) sentence.get("id"), List.of())));
            }
            List<Map<String, Object>> sections = new ArrayList<>(c.sections().size());
            for (Map<String, Object> section : c.sections()) {
                sections.add(Map.of("properties", section,
                        "sentences", sentences.getOrDefault((String) section.get("id"), List.of())));
            }
            rows.add(Map.of("properties", c.document(), "sections", sections));
        }
        return rows;
    }

    /** Takes shared work until everything is written; logs when the lane ran out of work. */
    private void sharedLane(SharedWork shared, String lane, long lanesStart) throws InterruptedException {
        for (Runnable unit = shared.next(); unit != null; unit = shared.next()) {
            unit.run();
        }
        progress.accept(String.format("bulk write: %s lane done %.1f s after the lanes started", lane,
                (System.nanoTime() - lanesStart) / 1e9));
    }

    /**
     * The work either lane takes: the mention batches of finished document chunks first (so the document lane seldom
     * waits on the bounded queue), then the domain-edge batches in order. The entity lane takes it from the start,
     * the document lane once its documents are written, so both lanes stay busy until the end.
     */
    private final class SharedWork {
        private final SyntheticGraph graph;
        private final String[] entityNodes;
        private final BlockingQueue<List<Map<String, Object>>> mentions = new ArrayBlockingQueue<>(8);
        private final AtomicInteger nextEdge = new AtomicInteger();
        private volatile boolean documentsEnded;

        SharedWork(SyntheticGraph graph, String[] entityNodes) {
            this.graph = graph;
            this.entityNodes = entityNodes;
        }

        /** Queues the mentions of a written document chunk in statement-sized batches; waits while the queue is full. */
        void queueMentions(List<Map<String, Object>> rows) throws InterruptedException {
            for (int i = 0; i < rows.size(); i += batchRows) {
                mentions.put(rows.subList(i, Math.min(rows.size(), i + batchRows)));
            }
        }

        /** Marks that no more mentions will be queued. */
        void documentsEnded() {
            documentsEnded = true;
        }

        /** The next statement to run, or null once every mention and domain edge is written. */
        Runnable next() throws InterruptedException {
            while (true) {
                boolean ended = documentsEnded;
                List<Map<String, Object>> queued = mentions.poll();
                if (queued != null) {
                    return () -> run("mentions", "bench/31_mentions.cypher", queued);
                }
                int count = graph.edgeCount();
                int first = nextEdge.getAndUpdate(f -> Math.min(count, f + batchRows));
                if (first < count) {
                    return () -> writeEdges(first, Math.min(count, first + batchRows));
                }
                if (ended) {
                    return null;
                }
                List<Map<String, Object>> waited = mentions.poll(100, TimeUnit.MILLISECONDS);
                if (waited != null) {
                    return () -> run("mentions", "bench/31_mentions.cypher", waited);
                }
            }
        }

        private void writeEdges(int first, int end) {
            List<Map<String, Object>> batch = new ArrayList<>(end - first);
            for (int e = first; e < end; e++) {
                batch.add(Map.of("source", entityNodes[graph.edgeSource(e)], "target", entityNodes[graph.edgeTarget(e)],
                        "type", graph.edgeType(e), "properties", graph.rows().edgeProperties(e)));
            }
            run("domain edges", "bench/40_edges.cypher", batch);
            report("domain edges", end, graph.edgeCount());
        }
    }

    /** Runs one statement over {@code rows} in its own write transaction; returns its records. */
    private List<Record> run(String phase, String file, List<Map<String, Object>> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        String cypher = CypherFile.load(file);
        long t0 = System.nanoTime();
        List<Record> records;
        ResultSummary summary;
        int[] attempts = {0};
        try (var s = driver.session(session)) {
            var written = s.executeWrite(tx -> {
                attempts[0]++;
                var result = tx.run(cypher, Map.of("rows", rows));
                return Map.entry(result.list(), result.consume());
            });
            records = written.getKey();
            summary = written.getValue();
        }
        if (attempts[0] > 1) {
            progress.accept(String.format("bulk write: a %s statement was retried %d times after transient errors "
                    + "(deadlock or lock timeout)", phase, attempts[0] - 1));
        }
        PhaseClock clock = clock(phase);
        synchronized (phases) {
            clock.nanos += System.nanoTime() - t0;
            clock.nodes += summary.counters().nodesCreated();
            clock.relationships += summary.counters().relationshipsCreated();
        }
        return records;
    }

    private PhaseClock clock(String phase) {
        synchronized (phases) {
            return phases.computeIfAbsent(phase, k -> new PhaseClock());
        }
    }

    private void report(String phase, long done, long total) {
        synchronized (phases) {
            long now = System.nanoTime();
            if (now - lastReport > 10_000_000_000L) {
                lastReport = now;
                long rels = phases.values().stream().mapToLong(c -> c.relationships).sum();
                long nodes = phases.values().stream().mapToLong(c -> c.nodes).sum();
                progress.accept(String.format("bulk write: %s %d/%d; %d nodes, %d relationships so far", phase, done,
                        total, nodes, rels));
            }
        }
    }
}
