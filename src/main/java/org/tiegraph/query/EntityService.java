package org.tiegraph.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.Record;
import org.tiegraph.catalogue.Catalogue;

/** Entity search, entity details and neighbourhoods. */
public final class EntityService {

    private static final Set<String> HIDDEN_PROPERTIES = Set.of("id", "name", "type", "aliases", "discovered", "searchText",
            "edgeRanking", "edgeRankingDegree");

    private final CypherRunner cypher;
    private final Catalogue catalogue;
    private final GraphReader reader;
    private final AnswerCache answers;

    public EntityService(CypherRunner cypher, Catalogue catalogue, AnswerCache answers) {
        this.cypher = cypher;
        this.catalogue = catalogue;
        this.reader = new GraphReader(cypher);
        this.answers = answers;
    }

    /**
     * Searches names and aliases: exact (normalised) matches on the name, id or an alias first, then full-text hits by
     * score. Without {@code text}, lists entities in id order. {@code type} admits subtypes.
     */
    public Page<SearchHit> search(String text, String type, int limit, int offset) {
        Limits.check("limit", limit, 1, Limits.SEARCH_MAX);
        Limits.check("offset", offset, 0, Integer.MAX_VALUE);
        String label = entityType("type", type);
        int words = FullTextQuery.wordCount(text);
        if (words > FullTextQuery.MAX_WORDS) {
            throw new InvalidParameterException("q", "q has " + words + " words but a search takes at most "
                    + FullTextQuery.MAX_WORDS + " (cap); search for the name itself");
        }
        return answers.get(Arrays.asList("search", text, label, limit, offset), () -> searchUncached(text, label, limit, offset));
    }

    private Page<SearchHit> searchUncached(String text, String label, int limit, int offset) {
        String lucene = FullTextQuery.build(text);
        if (lucene == null) {
            Map<String, Object> p = new HashMap<>();
            p.put("type", label);
            p.put("offset", offset);
            p.put("limit", limit);
            List<SearchHit> items = cypher.read("entity_list", p).stream()
                    .map(r -> hit(r.get("entity").asMap(), 0.0, "list")).toList();
            Map<String, Object> c = new HashMap<>();
            c.put("type", label);
            long total = cypher.read("entity_count", c).getFirst().get("total").asLong();
            return new Page<>(items, total, limit, offset);
        }
        if (offset + limit > Limits.SEARCH_POOL) {
            throw new InvalidParameterException("offset", "offset + limit is " + (offset + limit)
                    + " but a search ranks at most " + Limits.SEARCH_POOL + " matches (cap)");
        }
        List<SearchHit> ranked = rankedMatches(text, lucene, label);
        List<SearchHit> page = ranked.subList(Math.min(offset, ranked.size()), Math.min(offset + limit, ranked.size()));
        return new Page<>(List.copyOf(page), ranked.size(), limit, offset);
    }

    /**
     * The id of the best exact (normalised) name, id or alias match for {@code text} of the given type, if any (none
     * for a text of more words than any name has).
     */
    String exactMatch(String text, String label) {
        String lucene = FullTextQuery.wordCount(text) > FullTextQuery.MAX_WORDS ? null : FullTextQuery.build(text);
        if (lucene == null) {
            return null;
        }
        List<SearchHit> ranked = rankedMatches(text, lucene, label);
        return ranked.isEmpty() || "text".equals(ranked.getFirst().match()) ? null : ranked.getFirst().id();
    }

    private List<SearchHit> rankedMatches(String text, String lucene, String label) {
        Map<String, Object> p = new HashMap<>();
        p.put("query", lucene);
        p.put("type", label);
        p.put("pool", Limits.SEARCH_POOL);
        String wanted = FullTextQuery.normalise(text);
        List<SearchHit> hits = new ArrayList<>();
        for (Record r : cypher.read("entity_search", p)) {
            Map<String, Object> e = r.get("entity").asMap();
            hits.add(hit(e, r.get("score").asDouble(), matchKind(e, wanted)));
        }
        hits.sort(Comparator.comparingInt((SearchHit h) -> matchRank(h.match()))
                .thenComparing(Comparator.comparingDouble(SearchHit::score).reversed())
                .thenComparing(SearchHit::id));
        return hits;
    }

    private static String matchKind(Map<String, Object> e, String wanted) {
        if (wanted.equals(FullTextQuery.normalise(Values.string(e, "name")))) {
            return "name";
        }
        if (wanted.equals(Values.string(e, "id"))) {
            return "id";
        }
        for (String alias : Values.strings(e, "aliases")) {
            if (wanted.equals(FullTextQuery.normalise(alias))) {
                return "alias";
            }
        }
        return "text";
    }

    private static int matchRank(String match) {
        return switch (match) {
            case "name", "id" -> 0;
            case "alias" -> 1;
            default -> 2;
        };
    }

    private static SearchHit hit(Map<String, Object> e, double score, String match) {
        NodeView n = NodeView.of(e);
        return new SearchHit(n.id(), n.name(), n.type(), n.aliases(), n.discovered(), score, match);
    }

    /** One entity with its properties, degree by edge type and the documents that mention it. */
    public EntityDetail entity(String id) {
        return answers.get(Arrays.asList("entity", id), () -> entityUncached(id));
    }

    private EntityDetail entityUncached(String id) {
        List<Record> rows = cypher.read("entity", Map.of("id", id));
        if (rows.isEmpty()) {
            throw new NotFoundException("id", "no entity with id '" + id + "'");
        }
        Map<String, Object> props = rows.getFirst().get("properties").asMap();
        List<String> labels = rows.getFirst().get("labels").asList(v -> v.asString());
        Map<String, Object> extra = new LinkedHashMap<>();
        props.keySet().stream().sorted().filter(k -> !HIDDEN_PROPERTIES.contains(k)).forEach(k -> extra.put(k, Values.plain(props.get(k))));
        List<EntityDetail.ByType> byType = cypher.read("entity_degree", Map.of("id", id)).stream()
                .map(r -> new EntityDetail.ByType(r.get("type").asString(), r.get("out").asLong(), r.get("in").asLong()))
                .toList();
        long total = byType.stream().mapToLong(b -> b.out() + b.in()).sum();
        List<EntityDetail.DocumentMentions> documents = cypher.read("entity_documents", Map.of("id", id)).stream()
                .map(r -> {
                    Map<String, Object> d = r.get("document").asMap();
                    return new EntityDetail.DocumentMentions(Values.string(d, "id"), Values.string(d, "title"),
                            Values.plain(d.get("date")), r.get("mentions").asLong());
                }).toList();
        NodeView n = NodeView.of(props);
        return new EntityDetail(n.id(), n.name(), n.type(), n.aliases(), n.discovered(), labels, extra,
                new EntityDetail.Degree(total, byType), documents);
    }

    /**
     * Entities and edges up to {@code depth} hops from {@code id}, over edges passing {@code filter}, through and to
     * entities of {@code nodeTypes} only (empty: any); at most {@code limit} edges, best evidenced first per level.
     */
    public Neighborhood neighborhood(String id, int depth, Set<String> nodeTypes, EdgeFilter filter, int limit) {
        Limits.check("depth", depth, 1, Limits.DEPTH_MAX);
        Limits.check("limit", limit, 1, Limits.NEIGHBORHOOD_EDGES_MAX);
        nodeTypes.forEach(t -> entityType("types", t));
        filter.validate(catalogue);
        return answers.get(Arrays.asList("neighborhood", id, depth, Set.copyOf(nodeTypes), filter, limit),
                () -> neighborhoodUncached(id, depth, nodeTypes, filter, limit));
    }

    private Neighborhood neighborhoodUncached(String id, int depth, Set<String> nodeTypes, EdgeFilter filter, int limit) {
        GraphReader.Grown grown = reader.neighbourhood(id, depth, filter, nodeTypes, limit);
        if (grown.edges().isEmpty()) {
            requireEntity("id", id);
            return new Neighborhood(id, depth, List.copyOf(reader.details(List.of(id), List.of()).nodes().values()), List.of(), grown.truncated());
        }
        return new Neighborhood(id, depth, grown.nodes(), grown.edges(), grown.truncated());
    }

    /** One edge by id with its entities and the evidence items {@code offset .. offset + limit} of it, best first. */
    public EdgeDetail edge(String id, int limit, int offset) {
        Limits.check("limit", limit, 1, Limits.EDGE_EVIDENCE_MAX);
        Limits.check("offset", offset, 0, Integer.MAX_VALUE);
        return answers.get(Arrays.asList("edge", id, limit, offset), () -> {
            List<Record> rows = cypher.read("edge", Map.of("id", id));
            if (rows.isEmpty()) {
                throw new NotFoundException("id", "no edge with id '" + id + "'");
            }
            Record row = rows.getFirst();
            Map<String, Object> edge = row.get("edge").asMap();
            GraphReader.Details details = reader.details(List.of(), List.of(id), offset, limit);
            return new EdgeDetail(details.edges(List.of(edge)).getFirst(), NodeView.of(row.get("source").asMap()),
                    NodeView.of(row.get("target").asMap()), limit, offset);
        });
    }

    /** The most specific type and the labels of an entity, and whether it is dense (keeps an edge ranking). */
    record Kind(String type, List<String> labels, boolean dense) {
    }

    /** The kinds of the entities {@code ids} that exist, by id, in one statement. */
    Map<String, Kind> kinds(Collection<String> ids) {
        Map<String, Kind> out = new HashMap<>();
        for (Record row : cypher.read("entity_kind", Map.of("ids", List.copyOf(ids)))) {
            out.put(row.get("id").asString(), new Kind(row.get("type").asString(null),
                    row.get("labels").asList(v -> v.asString()), row.get("dense").asBoolean()));
        }
        return out;
    }

    /** Fails with 404 naming {@code parameter} unless an entity with this id exists. */
    void requireEntity(String parameter, String id) {
        requireEntities(Map.of(parameter, id));
    }

    /**
     * Fails with 404 naming the first parameter (in the map's order) whose entity does not exist; one statement for
     * all of them. Returns their kinds by id.
     */
    Map<String, Kind> requireEntities(Map<String, String> idByParameter) {
        Map<String, Kind> found = kinds(idByParameter.values());
        idByParameter.forEach((parameter, id) -> {
            if (!found.containsKey(id)) {
                throw new NotFoundException(parameter, "no entity with id '" + id + "' (parameter " + parameter + ")");
            }
        });
        return found;
    }

    /** The catalogue type named by a parameter (null when absent); unknown types are a 400 naming the known ones. */
    String entityType(String parameter, String type) {
        if (type == null || type.isBlank()) {
            return null;
        }
        if (!catalogue.isEntityType(type)) {
            throw new InvalidParameterException(parameter, "unknown entity type '" + type + "'; known types: "
                    + String.join(", ", catalogue.entityTypes().keySet()));
        }
        return type;
    }
}
