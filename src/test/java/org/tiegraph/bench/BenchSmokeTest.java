package org.tiegraph.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Values;
import org.tiegraph.api.ApiDependencies;
import org.tiegraph.support.TestGraph;

/** The whole bench at a tiny size on a fresh harness: structure and completeness of the report, never timings. */
class BenchSmokeTest {

    private static final int ENTITIES = 300;
    private static TestGraph graph;
    private static BenchReport report;

    @BeforeAll
    static void runTheBench() throws InterruptedException {
        graph = TestGraph.fresh();
        report = bench(3, List.of(1, 2), 2, false).run();
    }

    private static Benchmark bench(long seed, List<Integer> clients, int seedLoads, boolean keptGraph) {
        BenchSettings settings = new BenchSettings("tiny", ENTITIES, seed, 1_000, 6, Duration.ofSeconds(1), 12,
                Duration.ofSeconds(60), Duration.ofMillis(500), 30, clients, List.of(TestGraph.SEEDS), seedLoads,
                Duration.ofSeconds(10));
        return new Benchmark(settings, graph.driver(), graph.database(), graph.catalogue(),
                new ApiDependencies.RuntimeInfo("embedded", graph.boltUri(), "test"),
                new Benchmark.Environment("test harness", "harness default", null, keptGraph),
                m -> System.out.println("[bench smoke] " + m));
    }

    @AfterAll
    static void close() {
        graph.close();
    }

    @Test
    void theGraphWrittenIsTheGraphGenerated() {
        SyntheticGraph expected = SyntheticGraph.generate(graph.catalogue(), ENTITIES, 3);
        BenchReport.Shape shape = report.graph();
        assertThat(shape.entities()).isEqualTo(ENTITIES);
        assertThat(shape.domainEdges()).isEqualTo(ENTITIES * SyntheticGraph.EDGES_PER_ENTITY);
        assertThat(shape.evidence()).isEqualTo(expected.evidenceTotal());
        assertThat(shape.documents()).isEqualTo(expected.documentCount());
        assertThat(shape.sources()).isEqualTo(expected.sourceCount());
        assertThat(shape.hubs()).isNotEmpty();
        assertThat(report.write().phases()).extracting(BenchReport.WritePhase::name)
                .containsExactlyInAnyOrder("entities", "sources", "documents", "evidence", "domain edges", "mentions",
                        "indexes and constraints", "edge rankings of dense entities");
        assertThat(report.write().relationships()).isEqualTo(shape.relationships());
        long sections = java.util.stream.IntStream.range(0, expected.documentCount())
                .mapToLong(d -> expected.rows().document(d).sections().size()).sum();
        assertThat(report.write().nodes()).isEqualTo(shape.entities() + shape.sources() + shape.evidence()
                + shape.documents() + shape.sentences() + sections);
    }

    @Test
    void everyRelationshipLinksTheNodesTheGeneratorMeant() {
        SyntheticGraph expected = SyntheticGraph.generate(graph.catalogue(), ENTITIES, 3);
        Set<List<Object>> edges = new HashSet<>();
        Set<List<Object>> mentions = new HashSet<>();
        Set<List<Object>> evidence = new HashSet<>();
        Set<List<Object>> citations = new HashSet<>();
        Set<List<Object>> sentences = new HashSet<>();
        for (int e = 0; e < expected.edgeCount(); e++) {
            edges.add(List.of(expected.entityId(expected.edgeSource(e)), expected.edgeType(e),
                    expected.entityId(expected.edgeTarget(e)), Values.value(expected.rows().edgeProperties(e)).asMap()));
        }
        for (int d = 0; d < expected.documentCount(); d++) {
            SyntheticRows.DocumentContent doc = expected.rows().document(d);
            doc.mentions().forEach(m -> mentions.add(List.of(expected.entityId((Integer) m.get("entity")),
                    m.get("sentenceId"), ((Integer) m.get("start")).longValue(), m.get("surface"))));
            doc.evidence().forEach(ev -> evidence.add(List.of(Values.value(ev).asMap(), ev.get("sentenceId"))));
            doc.citations().forEach(c -> citations.add(List.of(c.get("sentenceId"), "bench-source-" + c.get("source"),
                    ((Integer) c.get("footnote")).longValue())));
            doc.sentences().forEach(st -> sentences.add(List.of(doc.document().get("id"), st.get("sectionId"), st.get("id"))));
        }
        assertThat(rows("MATCH (a:Entity)-[r]->(b:Entity) WHERE r.rule IS NULL AND a.id IN $ids "
                + "RETURN a.id, type(r), b.id, properties(r)", expected)).isEqualTo(edges);
        assertThat(rows("MATCH (e:Entity)-[m:MENTIONED_IN]->(s:Sentence) WHERE s.documentId STARTS WITH 'bench-doc-' "
                + "RETURN e.id, s.id, m.start, m.surface", expected)).isEqualTo(mentions);
        assertThat(rows("MATCH (ev:Evidence)-[:FROM_SENTENCE]->(s:Sentence) WHERE ev.rule = 'bench-synthetic' "
                + "RETURN properties(ev), s.id", expected)).isEqualTo(evidence);
        assertThat(rows("MATCH (s:Sentence)-[c:CITES]->(src:Source) WHERE s.documentId STARTS WITH 'bench-doc-' "
                + "RETURN s.id, src.id, c.footnote", expected)).isEqualTo(citations);
        assertThat(rows("MATCH (d:Document)-[:HAS_SECTION]->(x:Section)-[:HAS_SENTENCE]->(s:Sentence) "
                + "WHERE d.id STARTS WITH 'bench-doc-' RETURN d.id, x.id, s.id", expected)).isEqualTo(sentences);
    }

    @Test
    void everyNodeCarriesTheLabelsAndPropertiesGenerated() {
        SyntheticGraph expected = SyntheticGraph.generate(graph.catalogue(), ENTITIES, 3);
        Set<List<Object>> entities = new HashSet<>();
        for (int i = 0; i < expected.entityCount(); i++) {
            Map<String, Object> row = expected.rows().entityRow(i);
            entities.add(List.of(Set.copyOf((List<?>) row.get("labels")), Values.value(row.get("properties")).asMap()));
        }
        Set<List<Object>> sources = new HashSet<>();
        for (int n = 0; n < expected.sourceCount(); n++) {
            sources.add(List.of(Values.value(expected.rows().sourceRow(n)).asMap()));
        }
        Set<List<Object>> documents = new HashSet<>();
        for (int d = 0; d < expected.documentCount(); d++) {
            SyntheticRows.DocumentContent doc = expected.rows().document(d);
            documents.add(List.of("Document", Values.value(doc.document()).asMap()));
            doc.sections().forEach(x -> documents.add(List.of("Section", Values.value(x).asMap())));
            doc.sentences().forEach(x -> documents.add(List.of("Sentence", Values.value(x).asMap())));
        }
        assertThat(rows("MATCH (e:Entity) WHERE e.id IN $ids RETURN labels(e), properties(e)", expected).stream()
                .map(r -> List.of(Set.copyOf((List<?>) r.get(0)), r.get(1))).collect(Collectors.toSet())).isEqualTo(entities);
        assertThat(rows("MATCH (s:Source) WHERE s.id STARTS WITH 'bench-source-' RETURN properties(s)", expected))
                .isEqualTo(sources);
        assertThat(rows("MATCH (n) WHERE (n:Document OR n:Section OR n:Sentence) AND coalesce(n.documentId, n.id) "
                + "STARTS WITH 'bench-doc-' RETURN labels(n)[0], properties(n)", expected)).isEqualTo(documents);
    }

    /** The rows of a query as lists of values; {@code $ids} are the generated entity ids. */
    private static Set<List<Object>> rows(String cypher, SyntheticGraph expected) {
        List<String> ids = java.util.stream.IntStream.range(0, expected.entityCount()).mapToObj(expected::entityId).toList();
        try (var session = graph.driver().session()) {
            return session.run(cypher, Map.of("ids", ids)).list(r -> r.values().stream().map(v -> v.asObject()).toList())
                    .stream().collect(Collectors.toSet());
        }
    }

    @Test
    void everyOperationIsMeasuredThroughTheApiAndTheDriverWithoutErrors() {
        assertThat(report.latency()).extracting(BenchReport.OperationLatency::operation)
                .containsExactly(Arrays.stream(Workload.Operation.values()).map(o -> o.label).toArray(String[]::new));
        for (BenchReport.OperationLatency l : report.latency()) {
            assertThat(l.errors()).as(l.operation() + " errors; notes: " + report.notes()).isZero();
            assertThat(l.api().count()).as(l.operation()).isEqualTo(12);
            assertThat(l.driver().count()).as(l.operation()).isEqualTo(12);
            assertThat(l.statementsPerRequest()).as(l.operation()).isGreaterThanOrEqualTo(1);
            assertThat(l.meanResponseBytes()).as(l.operation()).isPositive();
            assertThat(l.example()).startsWith("/api/");
            assertThat(l.apiOrdinary().count() + l.apiHubs().count()).isEqualTo(l.api().count());
        }
    }

    @Test
    void throughputRunsForEveryOperationClientCountAndSide() {
        assertThat(report.throughput()).hasSize(Workload.Operation.values().length * 2 * 3);
        assertThat(report.throughput()).allSatisfy(t -> {
            assertThat(t.errors()).as(t.operation() + " via " + t.via()).isZero();
            assertThat(t.requests()).isPositive().isLessThanOrEqualTo(30);
            assertThat(t.latency().count()).isEqualTo((int) t.requests());
        });
        assertThat(report.throughput()).extracting(BenchReport.Throughput::via).containsOnly(RequestMeasurements.VIA_API, RequestMeasurements.VIA_DRIVER, RequestMeasurements.VIA_CACHED_API);
        assertThat(report.throughput()).extracting(BenchReport.Throughput::clients).containsOnly(1, 2);
    }

    @Test
    void memorySeedLoadTargetsAndMachineAreReported(@TempDir Path out) {
        assertThat(report.memory()).extracting(BenchReport.MemorySnapshot::phase)
                .containsExactly("after bulk write", "after queries", "end");
        assertThat(report.memory()).allSatisfy(m -> assertThat(m.heapUsedBytes()).isPositive());
        assertThat(report.profiles()).extracting(BenchReport.QueryProfile::operation)
                .containsExactlyInAnyOrder(Arrays.stream(Workload.Operation.values()).map(o -> o.label).toArray(String[]::new));
        assertThat(report.profiles()).allSatisfy(q -> assertThat(q.statements()).isNotEmpty()
                .allSatisfy(st -> assertThat(st.topOperators()).isNotEmpty()));
        assertThat(report.profiles()).filteredOn(q -> q.operation().startsWith("neighbourhood"))
                .allSatisfy(q -> assertThat(q.statements()).anySatisfy(st -> assertThat(st.dbHits()).isPositive()));
        assertThat(report.seedLoad().status()).isEqualTo("loaded");
        assertThat(report.seedLoad().warmMillis()).hasSize(1);
        assertThat(report.seedLoad().edges()).isPositive();
        assertThat(report.targets()).extracting(BenchReport.TargetCheck::target)
                .contains("bulk write ≥ 50 000 relationships/s", "seed document loads in < 2 s on a warm JVM",
                        "typed pattern API p99 < 100 ms (held at 1m)",
                        "k-shortest paths API p99 < 200 ms (held at 1m)")
                .as("no 16-client run, so no 16-client target").noneMatch(t -> t.contains("16 clients"));
        assertThat(report.targets()).filteredOn(t -> t.target().startsWith("API p50")).hasSize(Workload.Operation.values().length);
        assertThat(report.machine().neo4j()).contains("Neo4j");
        assertThat(report.machine().cores()).isPositive();
        ReportWriter.write(report, out);
        assertThat(out.resolve("report.md")).content().contains("## Latency", "## Throughput", "tiny");
        assertThat(ReportWriter.readJson(out.resolve("report.json"))).isEqualTo(report);
    }

    @Test
    void aKeptStoreIsMeasuredAgainWithoutAWriteAndOnlyForItsOwnGraph() throws InterruptedException {
        BenchReport again = bench(3, List.of(1), 0, true).run();
        assertThat(again.write()).isNull();
        assertThat(again.graph().domainEdges()).isEqualTo(report.graph().domainEdges());
        assertThat(again.latency()).allSatisfy(l -> assertThat(l.api().count()).isPositive());
        assertThat(ReportWriter.markdown(again)).contains("## Bulk write", "## Latency");
        assertThatThrownBy(() -> bench(4, List.of(1), 0, true).run()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("does not hold the graph");
    }
}
