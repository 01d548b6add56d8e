package org.tiegraph.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The graph vocabulary declared as data: entity types (with a parent hierarchy), the closed set of edge types with
 * the entity types allowed at each end, and the known entities with their aliases. Loaded from
 * {@code catalogue/schema.yaml} on the classpath; the only source of labels and relationship types for Cypher.
 */
public final class Catalogue {

    public static final String ANY = "Any";
    private static final String ROOT = "catalogue/";

    /** An entity type, its parent (null at the top) and its display hints. */
    public record EntityType(String name, String parent, String description, String color, String caption) {
    }

    /**
     * An edge type, the entity types allowed at its ends, and whether paths follow it by default ({@code traverse}:
     * false for the untyped RELATED_TO and for adversarial relations, which link parties without carrying anything).
     */
    public record EdgeType(String name, List<String> from, List<String> to, boolean symmetric, String description,
                           boolean traverse) {
    }

    /** A known entity: id, type, canonical name, aliases and free properties (flag, imo, ...). */
    public record KnownEntity(String id, String type, String name, List<String> aliases, Map<String, Object> properties) {
    }

    private final Map<String, EntityType> entityTypes;
    private final Map<String, EdgeType> edgeTypes;
    private final List<KnownEntity> entities;
    private final List<String> relationFiles;
    private volatile Map<String, KnownEntity> byId;

    public Catalogue(Map<String, EntityType> entityTypes, Map<String, EdgeType> edgeTypes, List<KnownEntity> entities,
                     List<String> relationFiles) {
        this.entityTypes = Collections.unmodifiableMap(new LinkedHashMap<>(entityTypes));
        this.edgeTypes = Collections.unmodifiableMap(new LinkedHashMap<>(edgeTypes));
        this.entities = List.copyOf(entities);
        this.relationFiles = List.copyOf(relationFiles);
        validate();
    }

    /** The catalogue shipped with the application. */
    public static Catalogue load() {
        return load(Catalogue.class.getClassLoader());
    }

    static Catalogue load(ClassLoader loader) {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        JsonNode schema = read(yaml, loader, ROOT + "schema.yaml");
        Map<String, EntityType> types = new LinkedHashMap<>();
        schema.path("entityTypes").properties().forEach(e -> {
            JsonNode t = e.getValue();
            types.put(e.getKey(), new EntityType(e.getKey(), textOrNull(t, "parent"), t.path("description").asText(""),
                    t.path("color").asText("#999999"), t.path("caption").asText("name")));
        });
        Map<String, EdgeType> edges = new LinkedHashMap<>();
        schema.path("edgeTypes").properties().forEach(e -> {
            JsonNode t = e.getValue();
            edges.put(e.getKey(), new EdgeType(e.getKey(), strings(t.path("from")), strings(t.path("to")),
                    t.path("symmetric").asBoolean(false), t.path("description").asText(""),
                    t.path("traverse").asBoolean(true)));
        });
        List<KnownEntity> known = new ArrayList<>();
        for (JsonNode file : schema.path("entityFiles")) {
            JsonNode list = read(yaml, loader, ROOT + file.asText());
            for (JsonNode n : list.path("entities")) {
                Map<String, Object> props = new LinkedHashMap<>();
                n.path("properties").properties().forEach(p -> props.put(p.getKey(), yaml.convertValue(p.getValue(), Object.class)));
                known.add(new KnownEntity(n.path("id").asText(), n.path("type").asText(), n.path("name").asText(),
                        strings(n.path("aliases")), props));
            }
        }
        return new Catalogue(types, edges, known, strings(schema.path("relationFiles")));
    }

    private static JsonNode read(ObjectMapper yaml, ClassLoader loader, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("catalogue resource missing: " + resource);
            }
            return yaml.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read catalogue resource " + resource, e);
        }
    }

    private static String textOrNull(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static List<String> strings(JsonNode n) {
        List<String> out = new ArrayList<>();
        n.forEach(v -> out.add(v.asText()));
        return out;
    }

    private void validate() {
        for (EntityType t : entityTypes.values()) {
            if (t.parent() != null && !entityTypes.containsKey(t.parent())) {
                throw new IllegalStateException("entity type " + t.name() + " has unknown parent " + t.parent());
            }
            if (!t.name().matches("[A-Z][A-Za-z]*")) {
                throw new IllegalStateException("entity type name must be a plain identifier: " + t.name());
            }
        }
        for (EdgeType e : edgeTypes.values()) {
            if (!e.name().matches("[A-Z][A-Z_]*")) {
                throw new IllegalStateException("edge type name must be UPPER_SNAKE: " + e.name());
            }
            for (String end : concat(e.from(), e.to())) {
                if (!ANY.equals(end) && !entityTypes.containsKey(end)) {
                    throw new IllegalStateException("edge type " + e.name() + " names unknown entity type " + end);
                }
            }
        }
        Set<String> ids = new LinkedHashSet<>();
        for (KnownEntity k : entities) {
            if (!entityTypes.containsKey(k.type())) {
                throw new IllegalStateException("known entity " + k.id() + " has unknown type " + k.type());
            }
            if (!k.id().matches("[a-z0-9][a-z0-9-]*")) {
                throw new IllegalStateException("known entity id must be a lowercase slug: " + k.id());
            }
            if (!ids.add(k.id())) {
                throw new IllegalStateException("known entity id declared twice: " + k.id());
            }
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    public Map<String, EntityType> entityTypes() {
        return entityTypes;
    }

    public Map<String, EdgeType> edgeTypes() {
        return edgeTypes;
    }

    public List<KnownEntity> entities() {
        return entities;
    }

    /** The relation pattern files (one per relation family), relative to {@code catalogue/}. */
    public List<String> relationFiles() {
        return relationFiles;
    }

    public boolean isEntityType(String name) {
        return name != null && entityTypes.containsKey(name);
    }

    /** The edge types paths and patterns follow when the request names none. */
    public java.util.Set<String> traversalEdgeTypes() {
        java.util.Set<String> out = new LinkedHashSet<>();
        edgeTypes.values().stream().filter(EdgeType::traverse).forEach(t -> out.add(t.name()));
        return java.util.Collections.unmodifiableSet(out);
    }

    public boolean isEdgeType(String name) {
        return name != null && edgeTypes.containsKey(name);
    }

    /** The type and its ancestors, most general first: the Neo4j labels a node of this type carries besides Entity. */
    public List<String> lineage(String type) {
        List<String> chain = new ArrayList<>();
        for (String t = type; t != null; t = entityTypes.get(t).parent()) {
            chain.addFirst(t);
        }
        return chain;
    }

    /** True when {@code type} is {@code ancestor} or one of its descendants. */
    public boolean isA(String type, String ancestor) {
        return ANY.equals(ancestor) || (isEntityType(type) && lineage(type).contains(ancestor));
    }

    /** A known entity by id, or null. */
    public KnownEntity entity(String id) {
        return byId().get(id);
    }

    /** The demonym a known state declares ("North Korean"), or null: used to name groups such as "North Korean troops". */
    public String demonym(String id) {
        KnownEntity k = entity(id);
        Object d = k == null ? null : k.properties().get("demonym");
        return d == null ? null : d.toString();
    }

    private Map<String, KnownEntity> byId() {
        if (byId == null) {
            Map<String, KnownEntity> m = new LinkedHashMap<>();
            for (KnownEntity k : entities) {
                m.put(k.id(), k);
            }
            byId = m;
        }
        return byId;
    }

    /** True when the edge type admits a source of type {@code from} and a target of type {@code to}. */
    public boolean allows(String edgeType, String from, String to) {
        EdgeType e = edgeTypes.get(edgeType);
        return e != null && e.from().stream().anyMatch(f -> isA(from, f)) && e.to().stream().anyMatch(t -> isA(to, t));
    }
}
