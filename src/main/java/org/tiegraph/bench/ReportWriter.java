package org.tiegraph.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Renders a {@link BenchReport} as Markdown tables and as JSON, and writes both files. */
public final class ReportWriter {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ReportWriter() {
    }

    /** Writes {@code report.md} and {@code report.json} into {@code dir}, plus copies named after the size. */
    public static List<Path> write(BenchReport report, Path dir) {
        try {
            Files.createDirectories(dir);
            String md = markdown(report);
            String json = json(report);
            Path mdFile = dir.resolve("report.md");
            Path jsonFile = dir.resolve("report.json");
            Files.writeString(mdFile, md);
            Files.writeString(jsonFile, json);
            Files.writeString(dir.resolve("report-" + report.settings().size() + ".md"), md);
            Files.writeString(dir.resolve("report-" + report.settings().size() + ".json"), json);
            return List.of(mdFile, jsonFile);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report to " + dir, e);
        }
    }

    public static String json(BenchReport report) {
        try {
            return JSON.writeValueAsString(report) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static BenchReport readJson(Path file) {
        try {
            return JSON.readValue(file.toFile(), BenchReport.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** The bulk-write section: phases, totals, CPU time and store size. */
    public static String bulkWrite(BenchReport.Write w) {
        StringBuilder md = new StringBuilder();
        md.append("## Bulk write\n\n")
                .append("Two lanes write at once: one writes the documents and their evidence, the other the mentions ")
                .append("and domain edges, which both lanes share once the documents are written. Nodes are found by ")
                .append("element id. The indexes and constraints are built over the written graph at the end, then the ")
                .append("edge rankings of dense entities; their time is part of the write. Phase times are the ")
                .append("statements' own and overlap.\n\n")
                .append("| phase | nodes | relationships | seconds | relationships/s |\n|---|---:|---:|---:|---:|\n");
        for (BenchReport.WritePhase p : w.phases()) {
            md.append("| ").append(p.name()).append(" | ").append(p.nodes()).append(" | ").append(p.relationships())
                    .append(" | ").append(num(p.seconds())).append(" | ")
                    .append(p.seconds() == 0 ? "-" : String.format(Locale.ROOT, "%.0f", p.relationships() / p.seconds()))
                    .append(" |\n");
        }
        md.append("| **write, wall time** | ").append(w.nodes()).append(" | ").append(w.relationships()).append(" | ")
                .append(num(w.writeSeconds())).append(" | ")
                .append(String.format(Locale.ROOT, "%.0f", w.relationshipsPerSecond())).append(" |\n\n");
        md.append("CPU time of the process while writing: ").append(num(w.cpuSeconds())).append(" s, ")
                .append(String.format(Locale.ROOT, "%.0f", w.relationshipsPerCpuSecond()))
                .append(" relationships per CPU second. Including graph generation and schema: ")
                .append(num(w.wallSeconds())).append(" s, ")
                .append(String.format(Locale.ROOT, "%.0f", w.relationshipsPerSecondWall())).append(" relationships/s")
                .append(w.storeBytes() >= 0 ? "; store files on disk " + gib(w.storeBytes()) + " (transaction logs excluded)" : "").append(".\n");
        return md.toString();
    }

    public static String markdown(BenchReport r) {
        StringBuilder md = new StringBuilder();
        BenchReport.Settings s = r.settings();
        BenchReport.Machine m = r.machine();
        md.append("# tiegraph benchmark: ").append(s.size()).append(" (").append(s.entities()).append(" entities)\n\n");
        md.append("Run ").append(r.startedAt()).append(" on ").append(m.cores()).append(" cores, ")
                .append(gib(m.ramBytes())).append(" RAM, ").append(m.os()).append(", ").append(m.jdk()).append(", ")
                .append(m.neo4j()).append(". Load average (1 min) ").append(m.loadAverageStart()).append(" at start, ")
                .append(m.loadAverageEnd()).append(" at end.\n\n");
        md.append("Settings: seed ").append(s.seed()).append(", ").append(s.database()).append(" database, max heap ")
                .append(gib(s.maxHeapBytes())).append(", page cache ").append(s.pageCache()).append(", warm-up ")
                .append(num(s.warmupSeconds())).append(" s, ").append(s.requestsPerOperation())
                .append(" distinct requests per operation, latency: up to ").append(s.latencyRequests())
                .append(" requests or ").append(num(s.latencyBudgetSeconds())).append(" s per operation and side, ")
                .append("throughput: up to ").append(s.throughputRequests()).append(" requests or ")
                .append(num(s.throughputSeconds())).append(" s per run, clients ").append(s.clients())
                .append(", write batches of ").append(s.batchRows()).append(" rows.\n\n");

        md.append("## Targets\n\n| target | measured | met |\n|---|---|---|\n");
        for (BenchReport.TargetCheck t : r.targets()) {
            md.append("| ").append(t.target()).append(" | ").append(t.measured()).append(" | ")
                    .append(t.met() == null ? "n/a" : t.met() ? "yes" : "**no**").append(" |\n");
        }

        md.append("\n").append(r.write() == null ? "## Bulk write\n\nNone: the run measured a store an earlier run kept.\n"
                : bulkWrite(r.write()));

        BenchReport.Shape g = r.graph();
        md.append("\n## Graph\n\n").append(g.entities()).append(" entities, ").append(g.domainEdges())
                .append(" domain edges, ").append(g.evidence()).append(" evidence, ").append(g.sentences())
                .append(" sentences in ").append(g.documents()).append(" documents, ").append(g.sources())
                .append(" sources; ").append(g.relationships()).append(" relationships in all. Domain-edge degree: mean ")
                .append(num(g.meanDegree())).append(", median ").append(g.medianDegree()).append(", p99 ")
                .append(g.p99Degree()).append(", max ").append(g.maxDegree()).append(". Highest: ")
                .append(g.hubs().stream().limit(5).map(h -> h.id() + " (" + h.type() + ", " + h.degree() + ")")
                        .collect(Collectors.joining(", ")))
                .append(".\n");

        md.append("\n## Latency (one client, sequential; milliseconds)\n\n")
                .append("API = HTTP request to the in-process REST API on loopback; driver = the same Cypher statements ")
                .append("with the same parameters, replayed on the raw driver in the same run.\n\n")
                .append("| operation | API p50 | API p95 | API p99 | driver p50 | driver p95 | driver p99 | API/driver p50 ")
                .append("| requests | statements/request | response KB | errors |\n")
                .append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (BenchReport.OperationLatency l : r.latency()) {
            md.append("| ").append(l.operation()).append(" | ").append(num(l.api().p50())).append(" | ")
                    .append(num(l.api().p95())).append(" | ").append(num(l.api().p99())).append(" | ")
                    .append(num(l.driver().p50())).append(" | ").append(num(l.driver().p95())).append(" | ")
                    .append(num(l.driver().p99())).append(" | ").append(num(l.ratioP50())).append(" | ")
                    .append(l.api().count()).append(" | ").append(num(l.statementsPerRequest())).append(" | ")
                    .append(num(l.meanResponseBytes() / 1024)).append(" | ").append(l.errors()).append(" |\n");
        }
        md.append("\nAPI latency by endpoint kind (hub: an endpoint is one of the ").append(Workload.HUBS)
                .append(" highest-degree entities):\n\n")
                .append("| operation | ordinary requests | p50 | p99 | hub requests | p50 | p99 |\n")
                .append("|---|---:|---:|---:|---:|---:|---:|\n");
        for (BenchReport.OperationLatency l : r.latency()) {
            md.append("| ").append(l.operation()).append(" | ").append(l.apiOrdinary().count()).append(" | ")
                    .append(num(l.apiOrdinary().p50())).append(" | ").append(num(l.apiOrdinary().p99())).append(" | ")
                    .append(l.apiHubs().count()).append(" | ").append(num(l.apiHubs().p50())).append(" | ")
                    .append(num(l.apiHubs().p99())).append(" |\n");
        }
        md.append("\nExample requests: ");
        md.append(r.latency().stream().map(l -> "`" + l.example() + "`").collect(Collectors.joining(", "))).append(".\n");

        md.append("\n## Throughput (requests/s; latency under load in ms)\n\n")
                .append("Requests per CPU second: requests served per second of CPU time the process used (clients, ")
                .append("API and database together), a figure that does not depend on other load on the machine. ")
                .append("Via `").append(RequestMeasurements.VIA_API).append("`: every request reads the database; via `")
                .append(RequestMeasurements.VIA_CACHED_API).append("`: the same API with its answer cache on (as `serve` runs it); ")
                .append("the ").append(r.settings().requestsPerOperation())
                .append(" distinct requests of an operation repeat, so after their first pass every request is a hit.\n\n")
                .append("| operation | via | clients | requests | requests/s | p50 | p99 | errors | requests per CPU second |\n")
                .append("|---|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (BenchReport.Throughput t : r.throughput()) {
            md.append("| ").append(t.operation()).append(" | ").append(t.via()).append(" | ").append(t.clients())
                    .append(" | ").append(t.requests()).append(" | ")
                    .append(String.format(Locale.ROOT, "%.0f", t.requestsPerSecond())).append(" | ")
                    .append(num(t.latency().p50())).append(" | ").append(num(t.latency().p99())).append(" | ")
                    .append(t.errors()).append(" | ")
                    .append(String.format(Locale.ROOT, "%.0f", t.requestsPerCpuSecond())).append(" |\n");
        }

        md.append("\n## Memory\n\n| phase | heap used | heap max | RSS | peak RSS |\n|---|---:|---:|---:|---:|\n");
        for (BenchReport.MemorySnapshot s2 : r.memory()) {
            md.append("| ").append(s2.phase()).append(" | ").append(gib(s2.heapUsedBytes())).append(" | ")
                    .append(gib(s2.heapMaxBytes())).append(" | ").append(gib(s2.rssBytes())).append(" | ")
                    .append(gib(s2.peakRssBytes())).append(" |\n");
        }

        md.append("\n## Query profiles\n\nThe slowest request of each operation on the driver side, its statements run ")
                .append("again under PROFILE (time of that run; db hits summed over the plan; the busiest operators).\n");
        for (BenchReport.QueryProfile q : r.profiles()) {
            md.append("\n**").append(q.operation()).append("** `").append(q.request()).append("` (")
                    .append(num(q.driverMillis())).append(" ms on the driver)\n\n")
                    .append("| statement | rows | db hits | ms | busiest operators |\n|---|---:|---:|---:|---|\n");
            for (BenchReport.StatementProfile st : q.statements()) {
                md.append("| ").append(st.statement().replace("|", "\\|")).append(" | ").append(st.rows()).append(" | ")
                        .append(st.dbHits()).append(" | ").append(num(st.millis())).append(" | ")
                        .append(String.join("; ", st.topOperators())).append(" |\n");
            }
        }

        BenchReport.SeedLoad seed = r.seedLoad();
        md.append("\n## Seed document load (text to graph, force reload)\n\n");
        if (seed == null) {
            md.append("Not measured (no seed document given).\n");
        } else {
            md.append(String.join(", ", seed.documents())).append(": first load ").append(num(seed.firstMillis()))
                    .append(" ms, then ").append(seed.warmMillis().stream().map(ReportWriter::num)
                            .collect(Collectors.joining(", "))).append(" ms; warm median ")
                    .append(num(seed.warmMedianMillis())).append(" ms; ").append(seed.edges()).append(" edges, status ")
                    .append(seed.status()).append(".\n");
        }
        if (!r.notes().isEmpty()) {
            md.append("\n## Notes\n\n");
            r.notes().forEach(n -> md.append("- ").append(n).append('\n'));
        }
        return md.toString();
    }

    static String num(double v) {
        if (v >= 100) {
            return String.format(Locale.ROOT, "%.0f", v);
        }
        if (v >= 10) {
            return String.format(Locale.ROOT, "%.1f", v);
        }
        return String.format(Locale.ROOT, "%.2f", v);
    }

    static String gib(long bytes) {
        if (bytes < 0) {
            return "n/a";
        }
        if (bytes >= 1L << 30) {
            return String.format(Locale.ROOT, "%.2f GiB", bytes / (double) (1L << 30));
        }
        return String.format(Locale.ROOT, "%.0f MiB", bytes / (double) (1L << 20));
    }
}
