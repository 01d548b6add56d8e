package org.tiegraph.bench;

import io.javalin.Javalin;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;
import org.tiegraph.api.ApiDependencies;
import org.tiegraph.api.ApiServer;
import org.tiegraph.catalogue.Catalogue;
import org.tiegraph.graph.CypherFile;
import org.tiegraph.graph.EdgeRankings;
import org.tiegraph.graph.LoadReport;
import org.tiegraph.graph.LoadService;
import org.tiegraph.query.AnswerCache;

/**
 * One bench run against an empty database: schema, synthetic graph bulk write (or the graph of a store an earlier run
 * kept, not written again), every request served once to record the statements the API runs for it, then every
 * operation measured through the REST API (started in-process on a loopback port) and through the raw driver replaying
 * those statements ({@link RequestMeasurements}), memory, the slowest requests under PROFILE, the seed document's load
 * time, and the report.
 */
public final class Benchmark {

    /** The answer cache of the cached side: as the server's defaults. */
    private static final Duration ANSWER_CACHE_TTL = Duration.ofMinutes(5);
    private static final long ANSWER_CACHE_WEIGHT = 200_000;


    /**
     * Where the database lives, for the report: a description, the page cache, the store folder (null if external);
     * {@code keptGraph}: the store already holds the graph of these settings, kept by an earlier run, and is measured
     * without a write.
     */
    public record Environment(String database, String pageCache, Path storeFolder, boolean keptGraph) {
    }

    private final BenchSettings settings;
    private final Driver driver;
    private final String database;
    private final Catalogue catalogue;
    private final ApiDependencies.RuntimeInfo runtime;
    private final Environment environment;
    private final Consumer<String> log;
    private final List<String> notes = new ArrayList<>();

    public Benchmark(BenchSettings settings, Driver driver, String database, Catalogue catalogue,
                     ApiDependencies.RuntimeInfo runtime, Environment environment, Consumer<String> log) {
        this.settings = settings;
        this.driver = driver;
        this.database = database;
        this.catalogue = catalogue;
        this.runtime = runtime;
        this.environment = environment;
        this.log = log;
    }

    public BenchReport run() throws InterruptedException {
        String startedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        String loadStart = ProcessStats.loadAverage();
        List<BenchReport.MemorySnapshot> memory = new ArrayList<>();
        Written written = environment.keptGraph() ? keptGraph() : bulkWrite();
        SyntheticGraph graph = written.graph();
        BenchReport.Write write = written.write();
        BenchReport.Shape shape = shape(graph);
        memory.add(ProcessStats.memory("after bulk write"));

        Map<Workload.Operation, List<Workload.Request>> workload = Workload.build(graph, settings.seed(),
                settings.requestsPerOperation());
        Map<Workload.Operation, List<RequestMeasurements.Prepared>> prepared = new EnumMap<>(Workload.Operation.class);
        Map<Workload.Operation, Long> captureErrors = new EnumMap<>(Workload.Operation.class);
        capture(workload, prepared, captureErrors);

        List<BenchReport.OperationLatency> latency = new ArrayList<>();
        List<BenchReport.Throughput> throughput = new ArrayList<>();
        Map<Workload.Operation, RequestMeasurements.Slowest> slowest = new EnumMap<>(Workload.Operation.class);
        Javalin api = ApiServer.create(dependencies(driver, AnswerCache.disabled()));
        Javalin cachedApi = ApiServer.create(dependencies(driver, AnswerCache.of(ANSWER_CACHE_TTL, ANSWER_CACHE_WEIGHT)));
        api.start("127.0.0.1", 0);
        cachedApi.start("127.0.0.1", 0);
        try {
            Duration timeout = settings.queryTimeout().plusSeconds(5);
            ApiClient client = new ApiClient(api.port(), timeout);
            ApiClient cachedClient = new ApiClient(cachedApi.port(), timeout);
            RequestMeasurements measure = new RequestMeasurements(settings, driver, database, log, notes);
            measure.warmUp(client, prepared);
            for (Workload.Operation op : Workload.Operation.values()) {
                latency.add(measure.latency(client, op, prepared.get(op), captureErrors.get(op), slowest));
            }
            for (Workload.Operation op : Workload.Operation.values()) {
                throughput.addAll(measure.throughput(client, cachedClient, op, prepared.get(op)));
            }
        } finally {
            api.stop();
            cachedApi.stop();
        }
        memory.add(ProcessStats.memory("after queries"));
        List<BenchReport.QueryProfile> profiles = new ArrayList<>();
        slowest.forEach((op, s) -> {
            try {
                profiles.add(new BenchReport.QueryProfile(op.label, s.request().request().path(),
                        Math.round(s.nanos() / 1e4) / 100.0,
                        QueryProfiler.profile(driver, database, s.request().transactions())));
            } catch (RuntimeException e) {
                notes.add("PROFILE of " + op.label + " failed: " + e.getMessage());
            }
        });
        BenchReport.SeedLoad seedLoad = seedLoad();
        memory.add(ProcessStats.memory("end"));

        BenchReport.Machine machine = new BenchReport.Machine(Runtime.getRuntime().availableProcessors(),
                ProcessStats.ramBytes(), System.getProperty("os.name") + " " + System.getProperty("os.version"),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"), neo4jVersion(),
                loadStart, ProcessStats.loadAverage());
        BenchReport.Settings reportSettings = new BenchReport.Settings(settings.size(), settings.entities(),
                settings.seed(), environment.database(), Runtime.getRuntime().maxMemory(), environment.pageCache(),
                settings.warmup().toMillis() / 1000.0, settings.requestsPerOperation(), settings.latencyRequests(),
                settings.latencyBudget().toMillis() / 1000.0, settings.throughputDuration().toMillis() / 1000.0,
                settings.throughputRequests(), settings.clients(), settings.batchRows());
        notes.add("The machine is shared: the load average above counts other processes on the same cores.");
        return new BenchReport(startedAt, machine, reportSettings, write, shape, latency, throughput, memory, profiles,
                seedLoad,
                Targets.check(write, latency, throughput, seedLoad), List.copyOf(notes));
    }

    /** The generated graph and the measured bulk write of it. */
    private record Written(SyntheticGraph graph, BenchReport.Write write) {
    }

    /**
     * Only the schema, the graph generation and the bulk write (option {@code --write-only}); returns the bulk-write
     * section of the report in Markdown, with the load average before and after.
     */
    public String writeOnly() throws InterruptedException {
        String loadStart = ProcessStats.loadAverage();
        BenchReport.Write write = bulkWrite().write();
        return "Load average (1 min) " + loadStart + " at start, " + ProcessStats.loadAverage() + " at end.\n\n"
                + ReportWriter.bulkWrite(write);
    }

    private Written bulkWrite() throws InterruptedException {
        requireEmpty();
        long wall0 = System.nanoTime();
        log.accept("generating a synthetic graph of " + settings.entities() + " entities (seed " + settings.seed() + ")");
        SyntheticGraph graph = SyntheticGraph.generate(catalogue, settings.entities(), settings.seed());
        log.accept(String.format(Locale.ROOT, "plan ready in %.1f s: %d edges, %d documents; writing",
                (System.nanoTime() - wall0) / 1e9, graph.edgeCount(), graph.documentCount()));
        long write0 = System.nanoTime();
        long cpu0 = ProcessStats.cpuNanos();
        List<BenchReport.WritePhase> phases = new ArrayList<>(
                new BulkWriter(driver, database, settings.batchRows(), log).write(graph));
        phases.add(rankDenseEntities());
        double writeSeconds = (System.nanoTime() - write0) / 1e9;
        double cpuSeconds = (ProcessStats.cpuNanos() - cpu0) / 1e9;
        double wall = (System.nanoTime() - wall0) / 1e9;
        BenchReport.Write write = write(phases, writeSeconds, wall, cpuSeconds);
        log.accept(String.format(Locale.ROOT, "bulk write done: %d relationships in %.1f s, %.0f rel/s (%.0f per CPU second)",
                write.relationships(), writeSeconds, write.relationshipsPerSecond(), write.relationshipsPerCpuSecond()));
        return new Written(graph, write);
    }

    /**
     * The graph of a store an earlier run kept: drawn again from the seed (the same graph for the same seed) and not
     * written; no bulk write is measured. The store must hold its last entity.
     */
    private Written keptGraph() {
        log.accept("drawing the graph of the kept store again: " + settings.entities() + " entities (seed "
                + settings.seed() + "), not written");
        SyntheticGraph graph = SyntheticGraph.generate(catalogue, settings.entities(), settings.seed());
        String last = graph.entityId(graph.entityCount() - 1);
        try (var session = driver.session(SessionConfig.forDatabase(database))) {
            if (session.run(CypherFile.load("bench/94_has_entity.cypher"), Map.of("id", last)).list().isEmpty()) {
                throw new IllegalStateException("the kept store does not hold the graph of size " + settings.size()
                        + " and seed " + settings.seed() + " (no entity " + last + ")");
            }
        }
        return new Written(graph, null);
    }

    /** Stores the edge rankings of dense entities, as the loader keeps them after each document: part of the write. */
    private BenchReport.WritePhase rankDenseEntities() {
        long t0 = System.nanoTime();
        int ranked = new EdgeRankings(catalogue.edgeTypes().keySet()).refreshAll(driver, SessionConfig.forDatabase(database));
        double seconds = (System.nanoTime() - t0) / 1e9;
        log.accept(String.format(Locale.ROOT, "edge rankings of %d dense entities stored in %.1f s", ranked, seconds));
        return new BenchReport.WritePhase("edge rankings of dense entities", 0, 0,
                RequestMeasurements.roundSeconds(seconds));
    }

    private void requireEmpty() {
        if (!read("bench/91_is_empty.cypher").getFirst().get("empty").asBoolean()) {
            throw new IllegalStateException("the database is not empty: the bench writes a synthetic graph and needs an "
                    + "empty database (give a fresh external database, or omit --neo4j-uri for an embedded one)");
        }
    }

    private ApiDependencies dependencies(Driver through, AnswerCache answers) {
        return new ApiDependencies(through, database, catalogue, runtime,
                new ApiDependencies.ApiSettings(List.of(), settings.queryTimeout(), null), null, answers);
    }

    /** Serves every request once through a recording driver, keeping the statements the API ran for it. */
    private void capture(Map<Workload.Operation, List<Workload.Request>> workload,
                         Map<Workload.Operation, List<RequestMeasurements.Prepared>> prepared,
                         Map<Workload.Operation, Long> errors)
            throws InterruptedException {
        RecordingDriver recorder = new RecordingDriver(driver);
        Javalin capture = ApiServer.create(dependencies(recorder.driver(), AnswerCache.disabled()));
        capture.start("127.0.0.1", 0);
        try {
            ApiClient client = new ApiClient(capture.port(), settings.queryTimeout().plusSeconds(5));
            for (Map.Entry<Workload.Operation, List<Workload.Request>> e : workload.entrySet()) {
                List<RequestMeasurements.Prepared> ok = new ArrayList<>();
                long failed = 0;
                for (Workload.Request request : e.getValue()) {
                    recorder.start();
                    ApiClient.Answer answer;
                    try {
                        answer = client.get(request.path());
                    } catch (java.io.IOException ex) {
                        answer = new ApiClient.Answer(-1, 0, ex.toString());
                    }
                    List<RecordingDriver.RecordedTransaction> transactions = recorder.stop();
                    int statements = transactions.stream().mapToInt(t -> t.statements().size()).sum();
                    if (answer.status() == 200 && statements > 0) {
                        ok.add(new RequestMeasurements.Prepared(request, transactions, statements, answer.bytes()));
                    } else {
                        if (failed == 0) {
                            notes.add(e.getKey().label + ": request " + request.path() + " answered " + answer.status()
                                    + (statements == 0 ? " without running a statement" : "") + " "
                                    + answer.bodyStart().replaceAll("\\s+", " "));
                        }
                        failed++;
                    }
                }
                if (ok.isEmpty()) {
                    throw new IllegalStateException("no " + e.getKey().label + " request succeeded: " + notes.getLast());
                }
                prepared.put(e.getKey(), List.copyOf(ok));
                errors.put(e.getKey(), failed);
                log.accept(String.format(Locale.ROOT, "captured %s: %d requests, %.1f statements each", e.getKey().label,
                        ok.size(), ok.stream().mapToInt(RequestMeasurements.Prepared::statements).average().orElse(0)));
            }
        } finally {
            capture.stop();
        }
    }

    /** Loads the seed documents with force several times; the first load is cold for the loader, the rest warm. */
    private BenchReport.SeedLoad seedLoad() {
        if (settings.seedDocuments().isEmpty() || settings.seedLoads() < 1) {
            return null;
        }
        LoadService loader = new LoadService(driver, database, catalogue);
        List<Double> millis = new ArrayList<>();
        List<LoadReport> last = List.of();
        for (int i = 0; i < settings.seedLoads(); i++) {
            long t0 = System.nanoTime();
            last = loader.load(settings.seedDocuments(), true, r -> { });
            millis.add(Math.round((System.nanoTime() - t0) / 1e4) / 100.0);
        }
        List<Double> warm = millis.subList(1, millis.size());
        double median = warm.isEmpty() ? millis.getFirst() : warm.stream().sorted().toList().get((warm.size() - 1) / 2);
        String status = last.stream().map(LoadReport::status).distinct().reduce((a, b) -> a + "," + b).orElse("none");
        last.stream().filter(r -> r.status().equals(LoadReport.FAILED)).findFirst()
                .ifPresent(r -> notes.add("seed load failed: " + r.message()));
        log.accept(String.format(Locale.ROOT, "seed load: first %.0f ms, warm median %.0f ms", millis.getFirst(), median));
        return new BenchReport.SeedLoad(last.stream().map(r -> r.documentId() == null ? r.path() : r.documentId()).toList(), millis.getFirst(),
                List.copyOf(warm), median, last.stream().mapToInt(LoadReport::edges).sum(), status);
    }

    private BenchReport.Write write(List<BenchReport.WritePhase> phases, double writeSeconds, double wallSeconds,
                                    double cpuSeconds) {
        long nodes = phases.stream().mapToLong(BenchReport.WritePhase::nodes).sum();
        long rels = phases.stream().mapToLong(BenchReport.WritePhase::relationships).sum();
        return new BenchReport.Write(phases, nodes, rels, RequestMeasurements.roundSeconds(writeSeconds), Math.round(rels / writeSeconds),
                RequestMeasurements.roundSeconds(wallSeconds), Math.round(rels / wallSeconds), RequestMeasurements.roundSeconds(cpuSeconds), Math.round(rels / cpuSeconds),
                environment.storeFolder() == null ? -1 : ProcessStats.folderBytes(BenchDatabase.storeFiles(environment.storeFolder())));
    }

    private BenchReport.Shape shape(SyntheticGraph graph) {
        Record counts = read("bench/90_counts.cypher").getFirst();
        int[] degrees = graph.degrees();
        int[] sorted = degrees.clone();
        Arrays.sort(sorted);
        long[] asLong = Arrays.stream(sorted).asLongStream().toArray();
        List<BenchReport.Hub> hubs = Arrays.stream(Workload.hubs(graph)).limit(10)
                .mapToObj(i -> new BenchReport.Hub(graph.entityId(i), graph.entityName(i), graph.entityType(i), degrees[i]))
                .toList();
        return new BenchReport.Shape(counts.get("entities").asLong(), graph.edgeCount(), counts.get("evidence").asLong(),
                counts.get("sentences").asLong(), counts.get("documents").asLong(), counts.get("sources").asLong(),
                counts.get("relationships").asLong(),
                Math.round(2.0 * graph.edgeCount() / graph.entityCount() * 100) / 100.0,
                (int) LatencyStats.percentile(asLong, 50), (int) LatencyStats.percentile(asLong, 99),
                sorted[sorted.length - 1], hubs);
    }

    private String neo4jVersion() {
        Record r = read("bench/92_neo4j_version.cypher").getFirst();
        return r.get("name").asString() + " " + r.get("version").asString() + " " + r.get("edition").asString();
    }

    private List<Record> read(String file) {
        try (var session = driver.session(SessionConfig.forDatabase(database))) {
            return session.run(CypherFile.load(file)).list();
        }
    }

    /** Output folder for a size: {@code <out>/data-<size>} holds an embedded store. */
    public static Path storeFolder(Path out, String size) {
        return out.resolve("data-" + size);
    }
}
