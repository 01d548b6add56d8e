package org.tiegraph.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.summary.ResultSummary;
import org.tiegraph.graph.CypherFile;

/**
 * Writes a {@link SyntheticGraph} through the driver in large {@code UNWIND} batches of {@code CREATE} statements
 * (ids are fresh, so nothing needs {@code MERGE}). Nodes come first: entities and sources. Then two lanes run at
 * once, so both cores work: the document lane writes documents, sections, sentences, citations and evidence; the
 * entity lane writes the domain edges and, between edge batches, the mentions of each document chunk the document
 * lane has finished. Only the entity lane touches entity nodes and the lanes never share a sentence, so they take no conflicting
 * locks. Counts come from the write summaries.
 */
final class BulkWriter {

    private static final List<Map<String, Object>> END = List.of();

    private final int batchRows;
    private final Driver driver;
    private final SessionConfig session;
    private final Consumer<String> progress;
    private final Map<String, PhaseClock> phases = new LinkedHashMap<>();
    private long lastReport = System.nanoTime();

    BulkWriter(Driver driver, String database, int batchRows, Consumer<String> progress) {
        this.driver = driver;
        this.session = SessionConfig.forDatabase(database);
        this.batchRows = batchRows;
        this.progress = progress;
    }

    /** Accumulated nodes, relationships, statements and time of one phase. */
    private static final class PhaseClock {
        long nodes;
        long relationships;
        long nanos;
    }

    /** Writes the whole graph; returns one entry per phase. */
    List<BenchReport.WritePhase> write(SyntheticGraph graph) throws InterruptedException {
        writeRows("entities", "bench/10_entities.cypher", graph.entityCount(), graph::entityRow);
        writeRows("sources", "bench/11_sources.cypher", graph.sourceCount(), graph::sourceRow);
        BlockingQueue<List<Map<String, Object>>> mentions = new ArrayBlockingQueue<>(4);
        ExecutorService lanes = Executors.newFixedThreadPool(2, r -> new Thread(r, "bench-write-lane"));
        ExecutorCompletionService<Void> done = new ExecutorCompletionService<>(lanes);
        try {
            done.submit(() -> {
                try {
                    documentLane(graph, mentions);
                } finally {
                    mentions.put(END);
                }
                return null;
            });
            done.submit(() -> {
                entityLane(graph, mentions);
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
        List<BenchReport.WritePhase> out = new ArrayList<>();
        synchronized (phases) {
            phases.forEach((name, clock) -> out.add(new BenchReport.WritePhase(name, clock.nodes, clock.relationships,
                    Math.round(clock.nanos / 1e6) / 1000.0)));
        }
        return out;
    }

    private void documentLane(SyntheticGraph graph, BlockingQueue<List<Map<String, Object>>> mentions)
            throws InterruptedException {
        List<SyntheticGraph.DocumentContent> chunk = new ArrayList<>();
        int evidenceRows = 0;
        for (int d = 0; d < graph.documentCount(); d++) {
            SyntheticGraph.DocumentContent content = graph.document(d);
            chunk.add(content);
            evidenceRows += content.evidence().size();
            if (evidenceRows >= batchRows || d == graph.documentCount() - 1) {
                run("documents", "bench/20_documents.cypher", chunk.stream().map(SyntheticGraph.DocumentContent::document).toList());
                run("documents", "bench/21_sections.cypher", flatten(chunk, SyntheticGraph.DocumentContent::sections));
                run("documents", "bench/22_sentences.cypher", flatten(chunk, SyntheticGraph.DocumentContent::sentences));
                run("documents", "bench/23_citations.cypher", flatten(chunk, SyntheticGraph.DocumentContent::citations));
                run("evidence", "bench/30_evidence.cypher", flatten(chunk, SyntheticGraph.DocumentContent::evidence));
                mentions.put(flatten(chunk, SyntheticGraph.DocumentContent::mentions));
                chunk = new ArrayList<>();
                evidenceRows = 0;
                report("documents", d + 1, graph.documentCount());
            }
        }
    }

    /**
     * Domain edges, taking in the mentions of each finished document chunk between edge batches (so the document
     * lane never waits long on the bounded queue), then the remaining mentions.
     */
    private void entityLane(SyntheticGraph graph, BlockingQueue<List<Map<String, Object>>> mentions)
            throws InterruptedException {
        boolean documentsEnded = false;
        List<Map<String, Object>> batch = new ArrayList<>(batchRows);
        for (int e = 0; e < graph.edgeCount(); e++) {
            batch.add(graph.edgeRow(e));
            if (batch.size() == batchRows || e == graph.edgeCount() - 1) {
                run("domain edges", "bench/40_edges.cypher", batch);
                batch = new ArrayList<>(batchRows);
                report("domain edges", e + 1, graph.edgeCount());
                documentsEnded = documentsEnded || writeQueuedMentions(mentions, false);
            }
        }
        if (!documentsEnded) {
            writeQueuedMentions(mentions, true);
        }
    }

    /**
     * Writes the mention chunks queued so far, or with {@code wait} every chunk until the document lane ends; true
     * once the document lane has ended.
     */
    private boolean writeQueuedMentions(BlockingQueue<List<Map<String, Object>>> mentions, boolean wait)
            throws InterruptedException {
        while (true) {
            List<Map<String, Object>> rows = wait ? mentions.take() : mentions.poll();
            if (rows == null) {
                return false;
            }
            if (rows == END) {
                return true;
            }
            for (int i = 0; i < rows.size(); i += batchRows) {
                run("mentions", "bench/31_mentions.cypher", rows.subList(i, Math.min(rows.size(), i + batchRows)));
            }
        }
    }

    private static List<Map<String, Object>> flatten(List<SyntheticGraph.DocumentContent> chunk,
                                                     Function<SyntheticGraph.DocumentContent, List<Map<String, Object>>> part) {
        List<Map<String, Object>> rows = new ArrayList<>();
        chunk.forEach(c -> rows.addAll(part.apply(c)));
        return rows;
    }

    private void writeRows(String phase, String file, int count, IntFunction<Map<String, Object>> row) {
        List<Map<String, Object>> batch = new ArrayList<>(batchRows);
        for (int i = 0; i < count; i++) {
            batch.add(row.apply(i));
            if (batch.size() == batchRows) {
                run(phase, file, batch);
                batch = new ArrayList<>(batchRows);
                report(phase, i + 1, count);
            }
        }
        run(phase, file, batch);
    }

    private void run(String phase, String file, List<Map<String, Object>> rows) {
        if (rows.isEmpty()) {
            return;
        }
        String cypher = CypherFile.load(file);
        long t0 = System.nanoTime();
        ResultSummary summary;
        try (var s = driver.session(session)) {
            summary = s.executeWrite(tx -> tx.run(cypher, Map.of("rows", rows)).consume());
        }
        synchronized (phases) {
            PhaseClock clock = phases.computeIfAbsent(phase, k -> new PhaseClock());
            clock.nanos += System.nanoTime() - t0;
            clock.nodes += summary.counters().nodesCreated();
            clock.relationships += summary.counters().relationshipsCreated();
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
