package org.tiegraph.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportWriterTest {

    static BenchReport sample() {
        LatencyStats api = new LatencyStats(500, 2.5, 6.0, 9.75, 3.1, 12.0);
        LatencyStats driver = new LatencyStats(500, 2.0, 5.0, 8.0, 2.6, 10.0);
        return new BenchReport("2026-11-29T12:00:00Z",
                new BenchReport.Machine(2, 24L << 30, "Linux 6.1", "OpenJDK 64-Bit Server VM 25", "Neo4j Kernel 2026.08.1 community",
                        "1.00 / 0.50 / 0.20", "2.00 / 1.00 / 0.50"),
                new BenchReport.Settings("10k", 10_000, 42, "embedded (fresh store)", 6L << 30, "512m", 120, 200, 500,
                        60, 10, 50_000, List.of(1, 4, 16), 10_000),
                new BenchReport.Write(List.of(new BenchReport.WritePhase("entities", 10_000, 0, 2.0),
                        new BenchReport.WritePhase("domain edges", 0, 50_000, 4.0)), 10_000, 50_000, 5.0, 10_000, 7.5,
                        6_667, 8.0, 6_250, 123L << 20),
                new BenchReport.Shape(10_000, 50_000, 57_000, 23_000, 50, 1_250, 260_000, 10.0, 7, 43, 1_404,
                        List.of(new BenchReport.Hub("valdoria-0", "Valdoria", "State", 1_404))),
                List.of(new BenchReport.OperationLatency("neighbourhood depth 2", "/api/entities/x/neighborhood?depth=2",
                        200, 40, 4.0, 20_480, api, driver, 1.25, 0, driver, api)),
                List.of(new BenchReport.Throughput("neighbourhood depth 1", "api", 16, 20_000, 10.0, 2_000.0, api, 0, 15.0, 1_333.3)),
                List.of(new BenchReport.MemorySnapshot("end", 1L << 30, 6L << 30, 2L << 30, 3L << 30)),
                List.of(new BenchReport.QueryProfile("neighbourhood depth 2", "/api/entities/x/neighborhood?depth=2", 42.5,
                        List.of(new BenchReport.StatementProfile("One breadth-first level | capped", 200, 123_456, 12.5,
                                List.of("Expand(All): 100000 db hits, 5000 rows"))))),
                new BenchReport.SeedLoad(List.of("seed-doc"), 3_000, List.of(900.0, 800.0, 850.0), 850, 120, "loaded"),
                Targets.check(
                        new BenchReport.Write(List.of(), 0, 50_000, 5.0, 10_000, 7.5, 6_667, 8.0, 6_250, -1),
                        List.of(new BenchReport.OperationLatency("neighbourhood depth 2", "x", 1, 0, 1, 1, api, driver, 1.25, 0,
                                api, LatencyStats.EMPTY)),
                        List.of(new BenchReport.Throughput("neighbourhood depth 1", "api", 16, 20_000, 10.0, 2_000.0, api, 0, 15.0, 1_333.3)),
                        new BenchReport.SeedLoad(List.of("seed-doc"), 3_000, List.of(900.0), 900, 120, "loaded")),
                List.of("shared machine"));
    }

    @Test
    void markdownCarriesEveryTableWithItsFigures() {
        String md = ReportWriter.markdown(sample());
        assertThat(md).startsWith("# tiegraph benchmark: 10k (10000 entities)");
        assertThat(md).contains("## Targets", "## Bulk write", "## Graph", "## Latency", "## Throughput", "## Memory",
                "## Query profiles", "## Seed document load", "## Notes");
        assertThat(md).contains("| One breadth-first level \\| capped | 200 | 123456 | 12.5 | Expand(All): 100000 db hits, 5000 rows |");
        assertThat(md).contains("| neighbourhood depth 2 | 2.50 | 6.00 | 9.75 | 2.00 | 5.00 | 8.00 | 1.25 | 500 | 4.00 | 20.0 | 0 |");
        assertThat(md).contains("| neighbourhood depth 1 | api | 16 | 20000 | 2000 | 2.50 | 9.75 | 0 | 1333 |");
        assertThat(md).contains("| entities | 10000 | 0 | 2.00 | 0 |", "| domain edges | 0 | 50000 | 4.00 | 12500 |");
        assertThat(md).contains("warm median 850 ms", "store files on disk 123 MiB", "valdoria-0 (State, 1404)");
        assertThat(md).contains("| neighbourhood depth 2 | 500 | 2.00 | 8.00 | 500 | 2.50 | 9.75 |");
        assertThat(md).contains("| end | 1.00 GiB | 6.00 GiB | 2.00 GiB | 3.00 GiB |");
    }

    @Test
    void targetsAreJudgedAgainstTheirThresholds() {
        List<BenchReport.TargetCheck> targets = sample().targets();
        assertThat(targets).extracting(BenchReport.TargetCheck::target).contains(
                "API p50 ≤ 1.3 × driver p50: neighbourhood depth 2", "neighbourhood depth 2 API p99 < 20 ms (held at 1m)",
                "≥ 2000 neighbourhood (depth 1) API requests/s with 16 clients, every request reading the database", "bulk write ≥ 50 000 relationships/s",
                "seed document loads in < 2 s on a warm JVM");
        assertThat(targets).filteredOn(t -> t.target().startsWith("API p50")).extracting(BenchReport.TargetCheck::met)
                .containsExactly(true);
        assertThat(targets).filteredOn(t -> t.target().startsWith("bulk write")).extracting(BenchReport.TargetCheck::met)
                .containsExactly(false);
        assertThat(targets).filteredOn(t -> t.target().startsWith("≥ 2000")).extracting(BenchReport.TargetCheck::met)
                .containsExactly(true);
        assertThat(ReportWriter.markdown(sample())).contains("| bulk write ≥ 50 000 relationships/s | 10000 rel/s (6250 per CPU second) | **no** |");
    }

    @Test
    void jsonRoundTripsAndFilesAreWritten(@TempDir Path dir) throws Exception {
        BenchReport report = sample();
        List<Path> files = ReportWriter.write(report, dir);
        assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly("report.md", "report.json");
        assertThat(dir.resolve("report-10k.md")).exists();
        assertThat(ReportWriter.readJson(dir.resolve("report.json"))).isEqualTo(report);
        assertThat(Files.readString(dir.resolve("report.md"))).isEqualTo(ReportWriter.markdown(report));
    }
}
