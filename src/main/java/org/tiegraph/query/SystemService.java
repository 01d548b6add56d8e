package org.tiegraph.query;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import org.tiegraph.catalogue.Catalogue;
import org.tiegraph.graph.LoadProgress;

/** The schema with counts, graph statistics and the health check. */
public final class SystemService {

    /** Labels of the document side of the model, listed first in the statistics. */
    static final List<String> MODEL_LABELS = List.of("Entity", "Document", "Section", "Sentence", "Source", "Evidence");
    /** Relationship types of the document side of the model, listed first in the statistics. */
    static final List<String> MODEL_RELATIONSHIPS = List.of("HAS_SECTION", "HAS_SENTENCE", "CITES", "MENTIONED_IN",
            "FROM_SENTENCE");
    private static final Duration HEALTH_TIMEOUT = Duration.ofSeconds(5);

    private final CypherRunner cypher;
    private final Catalogue catalogue;
    private final String database;

    public SystemService(CypherRunner cypher, Catalogue catalogue, String database) {
        this.cypher = cypher;
        this.catalogue = catalogue;
        this.database = database;
    }

    /**
     * Nodes per label and relationships per type, each by one scan: a statement per name would read the count store
     * but took seconds to plan on a cold, busy server, beyond the query timeout.
     */
    private Counts counts() {
        Map<String, Long> labels = new LinkedHashMap<>();
        long nodes = cypher.read("count_nodes", Map.of()).getFirst().get("total").asLong();
        for (Record r : cypher.read("count_labels", Map.of())) {
            labels.put(r.get("label").asString(), r.get("count").asLong());
        }
        Map<String, Long> types = new LinkedHashMap<>();
        long relationships = 0;
        for (Record r : cypher.read("count_types", Map.of())) {
            types.put(r.get("type").asString(), r.get("count").asLong());
            relationships += r.get("count").asLong();
        }
        return new Counts(labels, types, nodes, relationships);
    }

    private record Counts(Map<String, Long> labels, Map<String, Long> types, long nodes, long relationships) {
    }

    /** Entity and edge types from the catalogue with their counts in the graph. */
    public SchemaView schema() {
        Counts c = counts();
        List<SchemaView.EntityTypeCount> entityTypes = catalogue.entityTypes().values().stream()
                .map(t -> new SchemaView.EntityTypeCount(t.name(), t.parent(), catalogue.lineage(t.name()),
                        t.description(), t.color(), t.caption(), c.labels().getOrDefault(t.name(), 0L)))
                .toList();
        List<SchemaView.EdgeTypeCount> edgeTypes = catalogue.edgeTypes().values().stream()
                .map(t -> new SchemaView.EdgeTypeCount(t.name(), t.from(), t.to(), t.symmetric(), t.description(), t.traverse(),
                        c.types().getOrDefault(t.name(), 0L)))
                .toList();
        return new SchemaView(entityTypes, edgeTypes);
    }

    /** Nodes by label and edges by type (those present; the document model's first), documents and totals. */
    public Stats stats() {
        Counts c = counts();
        Map<String, Long> nodes = new LinkedHashMap<>();
        MODEL_LABELS.forEach(l -> nodes.put(l, c.labels().getOrDefault(l, 0L)));
        c.labels().keySet().stream().sorted().forEach(l -> nodes.putIfAbsent(l, c.labels().get(l)));
        Map<String, Long> edges = new LinkedHashMap<>();
        MODEL_RELATIONSHIPS.stream().filter(c.types()::containsKey).forEach(t -> edges.put(t, c.types().get(t)));
        c.types().keySet().stream().sorted().forEach(t -> edges.putIfAbsent(t, c.types().get(t)));
        return new Stats(nodes, edges, c.labels().getOrDefault("Document", 0L), c.nodes(), c.relationships());
    }

    /**
     * Asks the database for its version; any driver failure propagates (the caller answers 503). {@code loading} is
     * the progress of loading at start, reported as it is.
     */
    public Health health(String mode, String boltUri, String appVersion, LoadProgress.State loading) {
        Record r = cypher.read("dbms_components", Map.of(), HEALTH_TIMEOUT).getFirst();
        Health.Database db = new Health.Database(database, true, r.get("name").asString(null),
                r.get("version").asString(null), r.get("edition").asString(null));
        return new Health("ok", mode, boltUri, appVersion, db, loading);
    }
}
