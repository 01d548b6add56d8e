package org.tiegraph.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tiegraph.catalogue.Catalogue;

class SyntheticGraphTest {

    private static final int ENTITIES = 3000;
    private static Catalogue catalogue;
    private static SyntheticGraph graph;

    @BeforeAll
    static void generate() {
        catalogue = Catalogue.load();
        graph = SyntheticGraph.generate(catalogue, ENTITIES, 7);
    }

    @Test
    void fiveEdgesPerEntityWithoutDuplicatesOrLoops() {
        assertThat(graph.edgeCount()).isEqualTo(ENTITIES * SyntheticGraph.EDGES_PER_ENTITY);
        Set<String> ids = new HashSet<>();
        for (int e = 0; e < graph.edgeCount(); e++) {
            assertThat(graph.edgeSource(e)).isNotEqualTo(graph.edgeTarget(e));
            ids.add(graph.edgeId(e));
        }
        assertThat(ids).hasSize(graph.edgeCount());
    }

    @Test
    void everyEdgeTypeIsAllowedByTheCatalogueForItsEnds() {
        for (int e = 0; e < graph.edgeCount(); e++) {
            String from = graph.entityType(graph.edgeSource(e));
            String to = graph.entityType(graph.edgeTarget(e));
            assertThat(catalogue.allows(graph.edgeType(e), from, to))
                    .as("%s -[%s]-> %s", from, graph.edgeType(e), to).isTrue();
        }
    }

    @Test
    void degreesFollowAHeavyTailWithTheHubStatesOnTop() {
        int[] degrees = graph.degrees();
        int[] sorted = degrees.clone();
        Arrays.sort(sorted);
        int median = sorted[sorted.length / 2];
        int p99 = sorted[(int) (sorted.length * 0.99)];
        int max = sorted[sorted.length - 1];
        assertThat(IntStream.of(degrees).sum()).isEqualTo(2 * graph.edgeCount());
        assertThat(p99).as("p99 degree against the median %d", median).isGreaterThanOrEqualTo(3 * median);
        assertThat(max).as("max degree against the median %d", median).isGreaterThanOrEqualTo(20 * median);
        int[] hubs = Workload.hubs(graph);
        long hubStatesOnTop = Arrays.stream(hubs).limit(SyntheticGraph.HUB_STATES)
                .filter(i -> i < SyntheticGraph.HUB_STATES).count();
        assertThat(hubStatesOnTop).as("hub states among the %d highest degrees", SyntheticGraph.HUB_STATES)
                .isGreaterThanOrEqualTo(SyntheticGraph.HUB_STATES / 2);
        // the tail: past the median, every well-populated degree bucket [2^b, 2^(b+1)) holds fewer entities than the
        // one before (buckets of a handful of hubs are noise)
        long[] buckets = new long[32];
        for (int d : degrees) {
            if (d > 0) {
                buckets[31 - Integer.numberOfLeadingZeros(d)]++;
            }
        }
        int from = 32 - Integer.numberOfLeadingZeros(median);
        for (int b = from + 1; b < 32 && buckets[b - 1] >= 20; b++) {
            assertThat(buckets[b]).as("degrees in [2^%d, 2^%d)", b, b + 1).isLessThan(buckets[b - 1]);
        }
    }

    @Test
    void typeMixHasManyCompaniesAndFewStates() {
        Map<String, Long> byType = IntStream.range(0, ENTITIES).mapToObj(graph::entityType)
                .collect(java.util.stream.Collectors.groupingBy(t -> t, java.util.stream.Collectors.counting()));
        assertThat(byType.get("Company")).isGreaterThan(byType.get("Item")).isGreaterThan(byType.get("State"));
        assertThat(byType.get("State")).isLessThan(ENTITIES / 20);
        assertThat(byType.keySet()).allMatch(catalogue::isEntityType);
    }

    @Test
    @SuppressWarnings("unchecked")
    void entityRowsCarryTheLineageLabelsAndSearchText() {
        for (int i = 0; i < 200; i++) {
            Map<String, Object> row = graph.rows().entityRow(i);
            List<String> labels = (List<String>) row.get("labels");
            Map<String, Object> p = (Map<String, Object>) row.get("properties");
            assertThat(labels.getFirst()).isEqualTo("Entity");
            assertThat(labels.subList(1, labels.size())).isEqualTo(catalogue.lineage(graph.entityType(i)));
            assertThat((String) p.get("searchText")).startsWith((String) p.get("name"));
            assertThat((String) p.get("id")).matches("[a-z0-9-]+");
        }
    }

    @Test
    void everyEdgeHasItsEvidenceAsVerbatimClausesOfSentences() {
        Map<String, Integer> evidencePerEdge = new java.util.HashMap<>();
        long evidence = 0;
        for (int d = 0; d < graph.documentCount(); d++) {
            SyntheticRows.DocumentContent doc = graph.rows().document(d);
            Map<String, String> sentenceText = new java.util.HashMap<>();
            Map<String, Integer> sentenceStart = new java.util.HashMap<>();
            doc.sentences().forEach(s -> {
                sentenceText.put((String) s.get("id"), (String) s.get("text"));
                sentenceStart.put((String) s.get("id"), (Integer) s.get("start"));
            });
            for (Map<String, Object> ev : doc.evidence()) {
                String sentence = (String) ev.get("sentenceId");
                int start = (Integer) ev.get("start") - sentenceStart.get(sentence);
                int end = (Integer) ev.get("end") - sentenceStart.get(sentence);
                assertThat(sentenceText.get(sentence).substring(start, end)).isEqualTo(ev.get("quote"));
                assertThat(ev.get("documentId")).isEqualTo(doc.document().get("id"));
                evidencePerEdge.merge((String) ev.get("edgeId"), 1, Integer::sum);
                evidence++;
            }
            for (Map<String, Object> m : doc.mentions()) {
                String sentence = (String) m.get("sentenceId");
                int start = (Integer) m.get("start") - sentenceStart.get(sentence);
                assertThat(sentenceText.get(sentence).substring(start, start + ((String) m.get("surface")).length()))
                        .isEqualTo(m.get("surface"));
            }
        }
        assertThat(evidence).isEqualTo(graph.evidenceTotal());
        assertThat(evidencePerEdge).hasSize(graph.edgeCount());
        for (int e = 0; e < graph.edgeCount(); e += 97) {
            Map<String, Object> props = (Map<String, Object>) graph.rows().edgeRow(e).get("properties");
            assertThat(evidencePerEdge.get(graph.edgeId(e))).isEqualTo(props.get("evidenceCount"))
                    .isEqualTo(graph.evidenceCount(e));
        }
    }

    @Test
    void theSameSeedGivesTheSameGraphAndAnotherSeedAnother() {
        SyntheticGraph again = SyntheticGraph.generate(catalogue, ENTITIES, 7);
        SyntheticGraph other = SyntheticGraph.generate(catalogue, ENTITIES, 8);
        for (int e = 0; e < graph.edgeCount(); e += 101) {
            assertThat(again.rows().edgeRow(e)).isEqualTo(graph.rows().edgeRow(e));
        }
        assertThat(again.rows().document(1)).isEqualTo(graph.rows().document(1));
        assertThat(IntStream.range(0, 50).filter(e -> !other.edgeId(e).equals(graph.edgeId(e))).count()).isPositive();
    }
}
