package org.tiegraph.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.neo4j.driver.Record;
import org.tiegraph.catalogue.Catalogue;

/**
 * Paths between entities (k shortest simple paths, optionally through a waypoint) and typed path patterns, each hop
 * with its evidence, ranked shorter first, then better evidenced (see {@link PathView} for the score).
 *
 * <p>Path search never hands an unbounded traversal to the database: it expands breadth-first around both ends
 * (capped in edges; the end with fewer relationships to walk grows next, and the last level is read only between the
 * two frontiers), then enumerates simple paths in memory with step and result caps.
 * Unless asked to be exhaustive, paths and patterns follow a dense entity (more than 1 000 domain edges) only through
 * its 1 000 best-evidenced edges, and an answer the cap may have changed says truncated.
 */
public final class PathService {

    /** How much an edge's modality counts in its strength; any other modality, or none, counts 0.5. */
    private static final Map<String, Double> MODALITY_WEIGHTS = Map.of("asserted", 1.0, "reported", 0.75,
            "possible", 0.6, "planned", 0.5, "denied", 0.25);

    private final CypherRunner cypher;
    private final Catalogue catalogue;
    private final EntityService entities;
    private final GraphReader reader;
    private final AnswerCache answers;

    public PathService(CypherRunner cypher, Catalogue catalogue, EntityService entities, AnswerCache answers) {
        this.cypher = cypher;
        this.catalogue = catalogue;
        this.entities = entities;
        this.reader = new GraphReader(cypher);
        this.answers = answers;
    }

    /** A path found, before ranking: its nodes and, per hop, the edge ids joining them. */
    private record Candidate(List<String> nodes, List<List<String>> hops) {
        int length() {
            return nodes.size() - 1;
        }
    }

    /**
     * Up to {@code limit} simple paths from {@code from} to {@code to} of at most {@code maxHops} hops over edges
     * passing {@code filter}; with {@code via}, paths from -> via -> to without repeated entities. Edges are followed
     * in either direction unless {@code directed}. A filter naming no edge types or modalities follows the catalogue's
     * traversal types and every modality but denied ({@link EdgeFilter#forTraversal}). With {@code exhaustive}, dense
     * entities are followed through every edge (within the request's time in the database).
     */
    public PathsResult paths(String from, String to, String via, int maxHops, int limit, EdgeFilter filter,
                             boolean directed, boolean coherentOnly, boolean exhaustive) {
        Limits.check("maxHops", maxHops, 1, Limits.HOPS_MAX);
        Limits.check("limit", limit, 1, Limits.PATHS_MAX);
        filter.validate(catalogue);
        requireText("from", from);
        requireText("to", to);
        if (from.equals(to)) {
            throw new InvalidParameterException("to", "from and to are the same entity ('" + to + "')");
        }
        if (via != null && (via.equals(from) || via.equals(to))) {
            throw new InvalidParameterException("via", "via must differ from from and to");
        }
        if (via != null && maxHops < 2) {
            throw new InvalidParameterException("maxHops", "a path through via needs maxHops of at least 2");
        }
        EdgeFilter followed = filter.forTraversal(catalogue);
        return answers.get(Arrays.asList("paths", from, to, via, maxHops, limit, followed, directed, coherentOnly,
                exhaustive), () -> pathsUncached(from, to, via, maxHops, limit, followed, directed, coherentOnly, exhaustive));
    }

    private PathsResult pathsUncached(String from, String to, String via, int maxHops, int limit, EdgeFilter filter,
                                      boolean directed, boolean coherentOnly, boolean exhaustive) {
        Map<String, String> ends = new LinkedHashMap<>();
        ends.put("from", from);
        ends.put("to", to);
        if (via != null) {
            ends.put("via", via);
        }
        Map<String, EntityService.Kind> kinds = entities.requireEntities(ends);
        GraphReader.Direction out = directed ? GraphReader.Direction.OUT : GraphReader.Direction.BOTH;
        GraphReader.Direction in = directed ? GraphReader.Direction.IN : GraphReader.Direction.BOTH;
        int legHops = via == null ? maxHops : maxHops - 1;
        List<Growth> grown = new ArrayList<>();
        if (via == null) {
            Growth ahead = reader.pathEnd(from, out, filter, Limits.PATH_EXPANSION_EDGES, exhaustive);
            Growth behind = reader.pathEnd(to, in, filter, Limits.PATH_EXPANSION_EDGES, exhaustive);
            growToMeet(from, ahead, to, behind, maxHops, limit, directed);
            grown.add(ahead);
            grown.add(behind);
        } else {
            // Every edge of a simple path of L hops lies within ceil(L/2) hops after its start or floor(L/2) hops
            // before its end; each end is expanded on its own budget so that a hub cannot crowd out the other end.
            int ahead = (legHops + 1) / 2;
            int behind = legHops / 2;
            grown.add(expand(from, ahead, out, filter, exhaustive));
            grown.add(expand(to, behind, in, filter, exhaustive));
            if (directed) {
                grown.add(expand(via, behind, in, filter, exhaustive));
            }
            grown.add(expand(via, ahead, out, filter, exhaustive));
        }
        Map<String, Map<String, Object>> edges = new LinkedHashMap<>();
        // a dense end is followed only through its ranking, however the search reaches it
        boolean truncated = !exhaustive && kinds.values().stream().anyMatch(EntityService.Kind::dense);
        for (Growth g : grown) {
            g.edges().forEach(edges::putIfAbsent);
            truncated |= g.truncated();
        }

        PathFinder finder = finder(edges.values(), directed);
        List<List<String>> sequences;
        if (via == null) {
            PathFinder.Result r = finder.find(from, to, maxHops, Set.of(), limit, Limits.PATH_CANDIDATES,
                    Limits.PATH_SEARCH_STEPS);
            sequences = r.paths();
            truncated |= r.truncated();
        } else {
            PathFinder.Result first = finder.find(from, via, legHops, Set.of(to), Limits.PATH_CANDIDATES,
                    Limits.PATH_CANDIDATES, Limits.PATH_SEARCH_STEPS);
            PathFinder.Result second = finder.find(via, to, legHops, Set.of(from), Limits.PATH_CANDIDATES,
                    Limits.PATH_CANDIDATES, Limits.PATH_SEARCH_STEPS);
            truncated |= first.truncated() || second.truncated();
            Joined joined = join(first.paths(), second.paths(), maxHops, limit);
            sequences = joined.paths();
            truncated |= joined.truncated();
        }
        List<Candidate> candidates = sequences.stream().map(nodes -> {
            List<List<String>> hops = new ArrayList<>();
            for (int i = 0; i + 1 < nodes.size(); i++) {
                hops.add(finder.edgesBetween(nodes.get(i), nodes.get(i + 1)));
            }
            return new Candidate(nodes, hops);
        }).toList();
        Map<String, Map<String, Object>> onCandidates = reader.stored(candidates.stream()
                .flatMap(c -> c.hops().stream()).flatMap(List::stream).distinct().map(edges::get).toList());
        return new PathsResult(null, rank(candidates, onCandidates, limit, coherentOnly), truncated);
    }

    /** One end's expansion for a path search through a waypoint. */
    private Growth expand(String start, int levels, GraphReader.Direction direction, EdgeFilter filter,
                          boolean exhaustive) {
        return reader.expand(start, levels, direction, filter, Limits.PATH_EXPANSION_EDGES, exhaustive);
    }

    /**
     * Grows the two ends of a path search, each on its own edge budget (a hub cannot crowd out the other end), until
     * their edges hold every path of at most {@code maxHops} hops: an edge of such a path lies on a level one end
     * reads, or joins the two frontiers once the levels read add up to {@code maxHops - 1}, and that last level is
     * read between the frontiers alone. The end with fewer relationships to walk grows next. Growth stops early when
     * an end has nothing left to expand (every path is then among the edges read) or when the paths already complete
     * (those of at most as many hops as levels read) give the answer.
     */
    private void growToMeet(String fromId, Growth from, String toId, Growth to, int maxHops, int wanted,
                            boolean directed) {
        while (!from.frontier().isEmpty() && !to.frontier().isEmpty()) {
            int read = from.depth() + to.depth();
            if (read > 0 && shortPathsSuffice(fromId, from, toId, to, read, wanted, directed)) {
                return;
            }
            if (read == maxHops - 1) {
                reader.meet(from, to);
                return;
            }
            if (!reader.grow(reader.cheaperToGrow(from, to))) {
                return;
            }
        }
    }

    private static PathFinder finder(Collection<Map<String, Object>> edges, boolean directed) {
        return new PathFinder(edges.stream().map(e -> new PathFinder.Link(Values.string(e, "id"),
                Values.string(e, "source"), Values.string(e, "target"))).toList(), directed);
    }

    /**
     * Whether the edges of two ends read whole, which hold every path of at most {@code hops} hops between them,
     * already give {@code wanted} of those within the search caps: the search, which takes the shortest lengths first
     * and stops at the first length that brings it to {@code wanted}, then ends at the same paths with more edges.
     */
    private static boolean shortPathsSuffice(String fromId, Growth from, String toId, Growth to, int hops, int wanted,
                                             boolean directed) {
        if (!from.complete() || !to.complete()) {
            return false;
        }
        Map<String, Map<String, Object>> edges = new LinkedHashMap<>(from.edges());
        to.edges().forEach(edges::putIfAbsent);
        PathFinder.Result r = finder(edges.values(), directed).find(fromId, toId, hops, Set.of(), wanted,
                Limits.PATH_CANDIDATES, Limits.PATH_SEARCH_STEPS);
        return !r.truncated() && r.paths().size() >= wanted;
    }

    private record Joined(List<List<String>> paths, boolean truncated) {
    }

    /** Joins legs from -> via and via -> to into simple paths of at most maxHops, shortest totals first. */
    private static Joined join(List<List<String>> first, List<List<String>> second, int maxHops, int wanted) {
        Map<Integer, List<List<String>>> secondByLength = new TreeMap<>();
        second.forEach(p -> secondByLength.computeIfAbsent(p.size() - 1, k -> new ArrayList<>()).add(p));
        Map<Integer, List<List<String>>> firstByLength = new TreeMap<>();
        first.forEach(p -> firstByLength.computeIfAbsent(p.size() - 1, k -> new ArrayList<>()).add(p));
        List<List<String>> out = new ArrayList<>();
        for (int total = 2; total <= maxHops; total++) {
            for (Map.Entry<Integer, List<List<String>>> e : firstByLength.entrySet()) {
                List<List<String>> tails = secondByLength.getOrDefault(total - e.getKey(), List.of());
                for (List<String> a : e.getValue()) {
                    Set<String> used = new HashSet<>(a);
                    for (List<String> b : tails) {
                        if (b.subList(1, b.size()).stream().noneMatch(used::contains)) {
                            List<String> joined = new ArrayList<>(a);
                            joined.addAll(b.subList(1, b.size()));
                            out.add(List.copyOf(joined));
                            if (out.size() >= Limits.PATH_CANDIDATES) {
                                return new Joined(out, true);
                            }
                        }
                    }
                }
            }
            if (out.size() >= wanted) {
                break;
            }
        }
        return new Joined(out, false);
    }

    /**
     * Paths matching a typed pattern, at most {@code limit}, best evidenced first. Step ids that are not entity ids
     * are resolved by an exact name or alias match; an unknown entity is a 404 naming the step. Unless
     * {@code exhaustive}, a match uses only edges among the best-evidenced of their dense ends, and the answer says
     * truncated when a named step or a matched entity is dense.
     */
    public PathsResult pattern(PathPattern pattern, EdgeFilter filter, int limit, boolean coherentOnly,
                               boolean exhaustive) {
        Limits.check("limit", limit, 1, Limits.PATHS_MAX);
        EdgeFilter followed = filter.validate(catalogue).forTraversal(catalogue);
        return answers.get(Arrays.asList("pattern", pattern, followed, limit, coherentOnly, exhaustive),
                () -> patternUncached(pattern, followed, limit, coherentOnly, exhaustive));
    }

    private PathsResult patternUncached(PathPattern pattern, EdgeFilter filter, int limit, boolean coherentOnly,
                                        boolean exhaustive) {
        Map<String, EntityService.Kind> named = new HashMap<>();
        PathPattern resolved = pattern.withSteps(resolveSteps(pattern.steps(), named));
        PatternCompiler.Compiled compiled = PatternCompiler.compile(resolved, filter, Limits.PATTERN_ROWS,
                catalogue.edgeTypes().keySet(), exhaustive);
        List<Record> rows = cypher.readCompiled(compiled.cypher(), compiled.parameters());
        boolean capped = !exhaustive && (named.values().stream().anyMatch(EntityService.Kind::dense)
                || rows.stream().anyMatch(row -> row.get("dense").asBoolean()));
        Map<List<String>, List<Map<String, Map<String, Object>>>> grouped = new LinkedHashMap<>();
        Map<String, Map<String, Object>> edges = new LinkedHashMap<>();
        for (Record row : rows) {
            List<String> nodes = row.get("nodes").asList(v -> v.asString());
            List<Map<String, Object>> rels = row.get("edges").asList(v -> v.asMap());
            List<Map<String, Map<String, Object>>> hops = grouped.computeIfAbsent(nodes, k -> {
                List<Map<String, Map<String, Object>>> fresh = new ArrayList<>();
                rels.forEach(r -> fresh.add(new LinkedHashMap<>()));
                return fresh;
            });
            for (int i = 0; i < rels.size(); i++) {
                Map<String, Object> r = rels.get(i);
                String id = Values.string(r, "id");
                hops.get(i).put(id, r);
                edges.putIfAbsent(id, r);
            }
        }
        List<Candidate> candidates = new ArrayList<>();
        grouped.forEach((nodes, hops) -> candidates.add(
                new Candidate(nodes, hops.stream().map(h -> (List<String>) new ArrayList<>(h.keySet())).toList())));
        return new PathsResult(resolved.toString(), rank(candidates, edges, limit, coherentOnly),
                rows.size() >= Limits.PATTERN_ROWS || capped);
    }

    /** The steps with their ids resolved; {@code named} receives the kind of every entity a step names. */
    private List<PathPattern.Step> resolveSteps(List<PathPattern.Step> steps, Map<String, EntityService.Kind> named) {
        Map<String, EntityService.Kind> kinds = new HashMap<>(entities.kinds(
                steps.stream().map(PathPattern.Step::id).filter(Objects::nonNull).toList()));
        List<PathPattern.Step> out = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            PathPattern.Step step = steps.get(i);
            if (step.id() == null) {
                out.add(step);
                continue;
            }
            String id = step.id();
            if (!kinds.containsKey(id)) {
                id = entities.exactMatch(step.id(), step.type());
                if (id == null) {
                    throw new NotFoundException("p", "step " + (i + 1) + ": no entity '" + step.id() + "'"
                            + (step.type() == null ? "" : " of type " + step.type())
                            + suggestions(step.id(), step.type()));
                }
                kinds.putAll(entities.kinds(List.of(id)));
            }
            EntityService.Kind kind = kinds.get(id);
            if (step.type() != null && !kind.labels().contains(step.type())) {
                throw new InvalidParameterException("p", "step " + (i + 1) + ": entity '" + id + "' is a "
                        + (kind.type() == null ? "entity" : kind.type()) + ", not a " + step.type());
            }
            named.put(id, kind);
            out.add(new PathPattern.Step(step.type(), id));
        }
        return out;
    }

    private String suggestions(String text, String type) {
        List<String> ids = entities.search(text, type, 3, 0).items().stream().map(SearchHit::id).toList();
        return ids.isEmpty() ? "" : "; did you mean " + String.join(", ", ids) + "?";
    }

    /**
     * Scores candidates, keeps the best {@code limit} (coherent before incoherent, then shorter, then higher score)
     * and loads their views; with {@code coherentOnly}, paths through a generic entity that no one passage supports
     * are left out ({@link PathCoherence}).
     */
    private List<PathView> rank(List<Candidate> candidates, Map<String, Map<String, Object>> edges, int limit,
                                boolean coherentOnly) {
        Set<String> edgeIds = new LinkedHashSet<>();
        Set<String> inner = new LinkedHashSet<>();
        candidates.forEach(c -> {
            c.hops().forEach(edgeIds::addAll);
            inner.addAll(c.nodes().subList(1, c.nodes().size() - 1));
        });
        PathCoherence coherence = PathCoherence.read(cypher, inner, edgeIds);
        Map<String, GraphReader.Support> support = reader.support(edgeIds);
        Map<String, Double> strength = new LinkedHashMap<>();
        for (String id : edgeIds) {
            GraphReader.Support s = support.getOrDefault(id, new GraphReader.Support(0, 0));
            Double confidence = Values.decimal(edges.get(id), "confidence");
            strength.put(id, modalityWeight(Values.string(edges.get(id), "modality"))
                    * (confidence == null ? 0.5 : confidence)
                    * (1 - Math.pow(0.5, s.evidence() + s.sources())));
        }
        record Scored(Candidate candidate, double score, boolean coherent) {
        }
        List<Scored> scored = new ArrayList<>();
        for (Candidate c : candidates) {
            boolean coherent = coherence.coherent(c.nodes(), c.hops());
            if (coherentOnly && !coherent) {
                continue;
            }
            double logSum = 0;
            for (List<String> hop : c.hops()) {
                double best = hop.stream().mapToDouble(strength::get).max().orElse(0);
                logSum += Math.log(Math.max(best, 1e-6));
            }
            double score = Math.round(Math.exp(logSum / c.hops().size()) * 10_000) / 10_000.0;
            scored.add(new Scored(c, score, coherent));
        }
        scored.sort(Comparator.comparing((Scored s) -> !s.coherent())
                .thenComparingInt((Scored s) -> s.candidate().length())
                .thenComparing(Comparator.comparingDouble(Scored::score).reversed())
                .thenComparing(s -> String.join(">", s.candidate().nodes())));
        List<Scored> best = scored.subList(0, Math.min(limit, scored.size()));

        Set<String> nodeIds = new LinkedHashSet<>();
        Set<String> keptEdges = new LinkedHashSet<>();
        best.forEach(s -> {
            nodeIds.addAll(s.candidate().nodes());
            s.candidate().hops().forEach(keptEdges::addAll);
        });
        GraphReader.Details details = reader.details(nodeIds, keptEdges);
        Map<String, NodeView> nodes = details.nodes();
        Map<String, EdgeView> views = new LinkedHashMap<>();
        details.edges(keptEdges.stream().map(edges::get).toList()).forEach(v -> views.put(v.id(), v));
        List<PathView> out = new ArrayList<>();
        for (Scored s : best) {
            List<NodeView> pathNodes = s.candidate().nodes().stream().map(nodes::get).toList();
            List<EdgeView> pathEdges = new ArrayList<>();
            for (List<String> hop : s.candidate().hops()) {
                hop.stream().sorted(Comparator.comparingDouble((String id) -> strength.get(id)).reversed())
                        .forEach(id -> pathEdges.add(views.get(id)));
            }
            out.add(new PathView(pathNodes, pathEdges, s.candidate().length(), s.score(), s.coherent()));
        }
        return out;
    }

    private static double modalityWeight(String modality) {
        return modality == null ? 0.5 : MODALITY_WEIGHTS.getOrDefault(modality, 0.5);
    }

    private static void requireText(String parameter, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidParameterException(parameter, parameter + " is required (an entity id)");
        }
    }
}
