package org.tiegraph.query;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import org.tiegraph.extract.Catalogue;

/** The schema with counts, graph statistics and the health check. */
public final class SystemService {

    /** Labels of the document side of the model, counted besides the catalogue's entity types. */
    static final List<String> MODEL_LABELS = List.of("Entity", "Document", "Section", "Sentence", "Source", "Evidence");
    /** Relationship types of the document side of the model, counted besides the catalogue's edge types. */
    static final List<String> MODEL_RELATIONSHIPS = List.of("HAS_SECTION", "HAS_SENTENCE", "CITES", "MENTIONED_IN",
            "FROM_SENTENCE");
    private static final Duration HEALTH_TIMEOUT = Duration.ofSeconds(5);

    private final CypherRunner cypher;
    private final Catalogue catalogue;
    private final String database;
    private final String countStatement;

    public SystemService(CypherRunner cypher, Catalogue catalogue, String database) {
        this.cypher = cypher;
        this.catalogue = catalogue;
        this.database = database;
        List<String> labels = new ArrayList<>(MODEL_LABELS);
        labels.addAll(catalogue.entityTypes().keySet());
        List<String> types = new ArrayList<>(MODEL_RELATIONSHIPS);
        types.addAll(catalogue.edgeTypes().keySet());
        this.countStatement = countStatement(labels, types);
    }

    /**
     * One statement counting nodes per label and relationships per type from the count store, plus totals. Names come
     * from the catalogue and the fixed model vocabulary only.
     */
    static String countStatement(Collection<String> labels, Collection<String> relationshipTypes) {
        List<String> parts = new ArrayList<>();
        parts.add("MATCH (n) RETURN 'total' AS kind, 'nodes' AS name, count(n) AS count");
        parts.add("MATCH ()-[r]->() RETURN 'total' AS kind, 'relationships' AS name, count(r) AS count");
        for (String label : labels) {
            parts.add("MATCH (n:`" + identifier(label) + "`) RETURN 'label' AS kind, '" + label + "' AS name, count(n) AS count");
        }
        for (String type : relationshipTypes) {
            parts.add("MATCH ()-[r:`" + identifier(type) + "`]->() RETURN 'type' AS kind, '" + type + "' AS name, count(r) AS count");
        }
        return String.join("\nUNION ALL\n", parts);
    }

    private static String identifier(String name) {
        if (!name.matches("[A-Za-z][A-Za-z_]*")) {
            throw new IllegalArgumentException("not a plain identifier: " + name);
        }
        return name;
    }

    private record Counts(Map<String, Long> labels, Map<String, Long> types, Map<String, Long> totals) {
    }

    private Counts counts() {
        Map<String, Long> labels = new LinkedHashMap<>();
        Map<String, Long> types = new LinkedHashMap<>();
        Map<String, Long> totals = new LinkedHashMap<>();
        for (Record r : cypher.readCompiled(countStatement, Map.of())) {
            Map<String, Long> target = switch (r.get("kind").asString()) {
                case "label" -> labels;
                case "type" -> types;
                default -> totals;
            };
            target.put(r.get("name").asString(), r.get("count").asLong());
        }
        return new Counts(labels, types, totals);
    }

    /** Entity and edge types from the catalogue with their counts in the graph. */
    public SchemaView schema() {
        Counts c = counts();
        List<SchemaView.EntityTypeCount> entityTypes = catalogue.entityTypes().values().stream()
                .map(t -> new SchemaView.EntityTypeCount(t.name(), t.parent(), catalogue.lineage(t.name()),
                        t.description(), t.color(), t.caption(), c.labels().getOrDefault(t.name(), 0L)))
                .toList();
        List<SchemaView.EdgeTypeCount> edgeTypes = catalogue.edgeTypes().values().stream()
                .map(t -> new SchemaView.EdgeTypeCount(t.name(), t.from(), t.to(), t.symmetric(), t.description(),
                        c.types().getOrDefault(t.name(), 0L)))
                .toList();
        return new SchemaView(entityTypes, edgeTypes);
    }

    /** Nodes by label and edges by type (those present), documents and totals. */
    public Stats stats() {
        Counts c = counts();
        Map<String, Long> nodes = new LinkedHashMap<>();
        c.labels().forEach((k, v) -> {
            if (v > 0 || MODEL_LABELS.contains(k)) {
                nodes.put(k, v);
            }
        });
        Map<String, Long> edges = new LinkedHashMap<>();
        c.types().forEach((k, v) -> {
            if (v > 0) {
                edges.put(k, v);
            }
        });
        return new Stats(nodes, edges, c.labels().getOrDefault("Document", 0L),
                c.totals().getOrDefault("nodes", 0L), c.totals().getOrDefault("relationships", 0L));
    }

    /** Asks the database for its version; any driver failure propagates (the caller answers 503). */
    public Health health(String mode, String boltUri, String appVersion) {
        Record r = cypher.read("dbms_components", Map.of(), HEALTH_TIMEOUT).getFirst();
        Health.Database db = new Health.Database(database, true, r.get("name").asString(null),
                r.get("version").asString(null), r.get("edition").asString(null));
        return new Health("ok", mode, boltUri, appVersion, db);
    }
}
