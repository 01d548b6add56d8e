package org.tiegraph.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.neo4j.driver.Driver;
import org.tiegraph.api.ApiDependencies;
import org.tiegraph.bench.BenchDatabase;
import org.tiegraph.bench.BenchReport;
import org.tiegraph.bench.BenchSettings;
import org.tiegraph.bench.Benchmark;
import org.tiegraph.bench.ReportWriter;
import org.tiegraph.catalogue.Catalogue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code bench --size 10k|100k|1m}: generates a synthetic graph in a fresh embedded store (or an empty external
 * database), measures the REST API against the raw driver, and writes {@code report.md} and {@code report.json}.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmark: synthetic graph of the given size (real schema, power-law degrees, evidence on every "
                + "edge) written in bulk, then search, neighbourhoods, k-shortest paths and typed patterns through the "
                + "REST API and through the raw driver, latency and throughput; writes <out>/report.md and report.json. "
                + "For 1m give the JVM about 8 GB of heap (e.g. TIEGRAPH_JAVA_OPTS=-Xmx8g bin/tiegraph bench --size 1m).")
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--size", defaultValue = "10k", paramLabel = "SIZE",
            description = "Entities: 10k, 100k, 1m or a number; about 5 domain edges each (default: ${DEFAULT-VALUE}).")
    String size;

    @Option(names = "--random-seed", defaultValue = "42", paramLabel = "N",
            description = "Seed of the graph generator and of the request choice (default: ${DEFAULT-VALUE}).")
    long randomSeed;

    @Option(names = "--out", defaultValue = "target/bench", paramLabel = "DIR",
            description = "Folder for the reports and the embedded store data-<size> (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--page-cache", paramLabel = "SIZE",
            description = "Page cache of the embedded store, e.g. 512m, 4g (default: 512m up to 20k entities, 2g up "
                    + "to 200k, else 6g).")
    String pageCache;

    @Option(names = "--keep-data", description = "Keep the embedded store after the run (deleted by default).")
    boolean keepData;

    @Option(names = "--reuse-data", description = "Measure the embedded store an earlier run of the same size and seed "
            + "kept (--keep-data) instead of writing a fresh one: the graph is drawn again from the seed, not written; "
            + "the store is kept. Give --seed-loads 0 to leave it as it is.")
    boolean reuseData;

    @Option(names = "--batch", defaultValue = "10000", paramLabel = "ROWS",
            description = "Rows per UNWIND batch of the bulk write (default: ${DEFAULT-VALUE}).")
    int batchRows;

    @Option(names = "--requests-per-operation", defaultValue = "200", paramLabel = "N",
            description = "Distinct requests chosen per operation (default: ${DEFAULT-VALUE}).")
    int requestsPerOperation;

    @Option(names = "--warmup", defaultValue = "PT4M", paramLabel = "DURATION", converter = DatabaseOptions.DurationConverter.class,
            description = "Mixed load (8 clients, every operation, API and driver) before measuring; the JIT needs minutes to "
                    + "settle (default: ${DEFAULT-VALUE}).")
    Duration warmup;

    @Option(names = "--latency-requests", defaultValue = "500", paramLabel = "N",
            description = "Sequential requests per operation and side (API, driver) (default: ${DEFAULT-VALUE}).")
    int latencyRequests;

    @Option(names = "--latency-budget", defaultValue = "PT60S", paramLabel = "DURATION", converter = DatabaseOptions.DurationConverter.class,
            description = "Time cap of the latency phase of one operation (default: ${DEFAULT-VALUE}).")
    Duration latencyBudget;

    @Option(names = "--throughput-time", defaultValue = "PT10S", paramLabel = "DURATION", converter = DatabaseOptions.DurationConverter.class,
            description = "Time cap of one throughput run (default: ${DEFAULT-VALUE}).")
    Duration throughputTime;

    @Option(names = "--throughput-requests", defaultValue = "50000", paramLabel = "N",
            description = "Request cap of one throughput run (default: ${DEFAULT-VALUE}).")
    int throughputRequests;

    @Option(names = "--clients", defaultValue = "1,4,16", split = ",", paramLabel = "N",
            description = "Concurrent clients of the throughput runs (default: ${DEFAULT-VALUE}).")
    List<Integer> clients;

    @Option(names = "--seed-documents", defaultValue = "${env:TIEGRAPH_SEEDS:-./seeds}", paramLabel = "PATH",
            description = "Documents or folder whose text-to-graph load time is measured (default: ${DEFAULT-VALUE}).")
    Path seedDocuments;

    @Option(names = "--seed-loads", defaultValue = "6", paramLabel = "N",
            description = "Forced loads of the seed documents; the first counts as cold (default: ${DEFAULT-VALUE}).")
    int seedLoads;

    @Option(names = "--query-timeout", defaultValue = "PT10S", paramLabel = "DURATION", converter = DatabaseOptions.DurationConverter.class,
            description = "The API's per-query transaction timeout, as in serve (default: ${DEFAULT-VALUE}).")
    Duration queryTimeout;

    @Option(names = "--write-only", description = "Stop after the bulk write and print only its table (no queries, no "
            + "report files): for tuning the write.")
    boolean writeOnly;

    @Mixin
    ExternalNeo4jOptions external;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        if (reuseData && (writeOnly || external.given())) {
            throw new ParameterException(spec.commandLine(), "--reuse-data measures a kept embedded store: not with "
                    + "--write-only or --neo4j-uri");
        }
        int entities = BenchSettings.entities(size);
        String label = size.strip().toLowerCase(Locale.ROOT);
        List<Path> seeds = Files.exists(seedDocuments) ? List.of(seedDocuments) : List.of();
        if (seeds.isEmpty()) {
            log("seed documents " + seedDocuments.toAbsolutePath() + " not found: the load time is not measured");
        }
        BenchSettings settings = new BenchSettings(label, entities, randomSeed, batchRows, requestsPerOperation, warmup,
                latencyRequests, latencyBudget, throughputTime, throughputRequests, List.copyOf(clients), seeds,
                seedLoads, queryTimeout);
        Catalogue catalogue = Catalogue.load();
        BenchReport report;
        if (external.given()) {
            DatabaseOptions options = new DatabaseOptions();
            options.external = external;
            options.connectTimeout = Duration.ofSeconds(120);
            try (GraphConnection graph = GraphConnection.open(options, Main.version())) {
                report = run(settings, graph.driver(), graph.database(), catalogue, graph.runtime(),
                        new Benchmark.Environment("external " + external.uri, "server setting", null, false));
            }
        } else {
            String cache = pageCache != null ? pageCache : entities <= 20_000 ? "512m" : entities <= 200_000 ? "2g" : "6g";
            Path store = Benchmark.storeFolder(out, label);
            log("starting " + (reuseData ? "the kept" : "a fresh") + " embedded Neo4j in " + store.toAbsolutePath()
                    + " (page cache " + cache + ", max heap " + Runtime.getRuntime().maxMemory() / (1 << 20) + " MiB)");
            if (!reuseData) {
                BenchDatabase.deleteFolder(store);
            }
            String password = EmbeddedPassword.resolve(store, null);
            try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(store, EmbeddedNeo4j.Exposure.loopback(0, -1), password,
                    BenchDatabase.settings(BenchDatabase.parseBytes(cache)));
                 Driver driver = BenchDatabase.driver(neo4j.boltUri(), EmbeddedNeo4j.USER, password)) {
                report = run(settings, driver, "neo4j", catalogue,
                        new ApiDependencies.RuntimeInfo("embedded", "bolt (bench)", Main.version()),
                        new Benchmark.Environment(reuseData ? "embedded (kept store)" : "embedded (fresh store)", cache,
                                store, reuseData));
            } finally {
                if (!keepData && !reuseData) {
                    BenchDatabase.deleteFolder(store);
                }
            }
        }
        if (report == null) {
            return 0;
        }
        List<Path> files = ReportWriter.write(report, out);
        System.out.println(ReportWriter.markdown(report));
        log("report written to " + files.stream().map(p -> p.toAbsolutePath().toString()).toList());
        return 0;
    }

    /** Runs the bench; with {@code --write-only} prints the bulk-write table and returns null (no report). */
    private BenchReport run(BenchSettings settings, Driver driver, String database, Catalogue catalogue,
                            ApiDependencies.RuntimeInfo runtime, Benchmark.Environment environment)
            throws InterruptedException {
        Benchmark benchmark = new Benchmark(settings, driver, database, catalogue, runtime, environment, BenchCommand::log);
        if (!writeOnly) {
            return benchmark.run();
        }
        System.out.println(benchmark.writeOnly());
        return null;
    }

    private static final long START = System.nanoTime();

    private static void log(String message) {
        System.err.printf(Locale.ROOT, "[bench %6.1f s] %s%n", (System.nanoTime() - START) / 1e9, message);
    }
}
