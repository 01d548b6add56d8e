package org.tiegraph.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.tiegraph.catalogue.Catalogue;
import org.tiegraph.graph.GraphWriter;

/**
 * A synthetic graph with the real schema (see {@code cypher/README.md}) and a realistic shape, generated
 * deterministically from a seed without touching a database.
 *
 * <p>Shape: {@value #HUB_STATES} hub states, a tail of ordinary states, then companies, items, places, people and
 * the other catalogue types in fixed proportions; {@value #EDGES_PER_ENTITY} domain edges per entity whose ends are
 * drawn by preferential attachment mixed with uniform choice (a power-law degree tail), with a small direct pull
 * towards the hub states; each edge gets a catalogue type its end types allow. Every edge has one to three
 * {@code :Evidence} items, each a verbatim clause of a sentence of a synthetic {@code :Document} (sections,
 * sentences citing {@code :Source}s, entity mentions); an edge's further evidence sits in the following documents.
 *
 * <p>Bulk data lives in primitive arrays (about 60 bytes per entity); rows for the database are built on demand.
 */
public final class SyntheticGraph {

    public static final int EDGES_PER_ENTITY = 5;
    public static final int HUB_STATES = 8;
    /** Domain edges whose first evidence sits in one document. */
    static final int EDGES_PER_DOCUMENT = 1000;
    static final int SENTENCES_PER_SECTION = 20;
    static final int MAX_CLAUSES_PER_SENTENCE = 4;
    /** Probability that an edge's source is drawn by degree (else uniformly). */
    static final double SOURCE_PREFERENTIAL = 0.5;
    /** Probability that an edge's target is drawn by degree. */
    static final double TARGET_PREFERENTIAL = 0.6;
    /** Probability that an edge's target is a hub state drawn directly (Zipf over the hubs). */
    static final double TARGET_HUB = 0.005;
    /** Probability that a sentence carries a footnote citing a source. */
    static final double CITATION_RATE = 0.35;
    /** Edges per cited source. */
    static final int EDGES_PER_SOURCE = 40;

    /** Shares of the entities that are not states. */
    private static final Map<String, Double> TYPE_MIX = mix();
    private static final String[] MODALITIES = {"asserted", "reported", "planned", "denied"};
    private static final String[] MODALITY_SUFFIX = {"", ", officials said", " under a planned arrangement",
            ", a claim that was denied"};

    private final long seed;
    private final List<String> typeNames;
    private final List<List<String>> typeLabels;
    private final List<String> edgeTypeNames;
    private final List<String> verbs;
    private final byte[] entityType;
    private final String[] names;
    private final String[] ids;
    private final int[] source;
    private final int[] target;
    private final byte[] edgeType;
    private final byte[] evidenceCount;
    private final int documentCount;
    private final int sourceCount;
    private int[] degrees;
    private Adjacency adjacency;

    /** The undirected neighbours of every entity (compressed rows). */
    public record Adjacency(int[] offsets, int[] neighbours) {
        public int degree(int entity) {
            return offsets[entity + 1] - offsets[entity];
        }

        public int neighbour(int entity, int k) {
            return neighbours[offsets[entity] + k];
        }
    }

    /** What one evidence item states: modality, year (null when none), confidence, attribution (null when none). */
    public record EvidenceFacts(String modality, String year, double confidence, String attribution) {
    }

    /**
     * The rows of one document: the document itself, sections, sentences, citations (the source by its index),
     * evidence (absent values left out) and mentions (the entity by its index).
     */
    public record DocumentContent(Map<String, Object> document, List<Map<String, Object>> sections,
                                  List<Map<String, Object>> sentences, List<Map<String, Object>> citations,
                                  List<Map<String, Object>> evidence, List<Map<String, Object>> mentions) {
    }

    private SyntheticGraph(Catalogue catalogue, int entities, long seed) {
        if (entities < HUB_STATES * 4) {
            throw new IllegalArgumentException("a synthetic graph needs at least " + HUB_STATES * 4 + " entities");
        }
        this.seed = seed;
        this.typeNames = new ArrayList<>(catalogue.entityTypes().keySet());
        this.typeLabels = typeNames.stream().map(t -> {
            List<String> labels = new ArrayList<>();
            labels.add("Entity");
            labels.addAll(catalogue.lineage(t));
            return List.copyOf(labels);
        }).toList();
        this.edgeTypeNames = new ArrayList<>(catalogue.edgeTypes().keySet());
        this.verbs = edgeTypeNames.stream().map(t -> verb(catalogue.edgeTypes().get(t).description())).toList();
        this.entityType = new byte[entities];
        this.names = new String[entities];
        this.ids = new String[entities];
        assignEntities();
        int edges = entities * EDGES_PER_ENTITY;
        this.source = new int[edges];
        this.target = new int[edges];
        this.edgeType = new byte[edges];
        this.evidenceCount = new byte[edges];
        drawEdges(new EdgeTypeChooser(catalogue));
        this.documentCount = Math.max(1, (edges + EDGES_PER_DOCUMENT - 1) / EDGES_PER_DOCUMENT);
        this.sourceCount = Math.max(10, edges / EDGES_PER_SOURCE);
    }

    /** Generates the graph plan for {@code entities} entities; the same seed always gives the same graph. */
    public static SyntheticGraph generate(Catalogue catalogue, int entities, long seed) {
        return new SyntheticGraph(catalogue, entities, seed);
    }

    private static Map<String, Double> mix() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("Company", 0.36);
        m.put("Item", 0.16);
        m.put("Place", 0.10);
        m.put("Person", 0.10);
        m.put("GovernmentBody", 0.05);
        m.put("Vessel", 0.04);
        m.put("MilitaryForce", 0.03);
        m.put("Infrastructure", 0.03);
        m.put("Organization", 0.02);
        m.put("InternationalOrganization", 0.01);
        m.put("Treaty", 0.02);
        m.put("Sanction", 0.02);
        m.put("Exercise", 0.02);
        m.put("Event", 0.02);
        m.put("Initiative", 0.02);
        return m;
    }

    /** The first clause of a catalogue description, as a verb phrase ("supplies, sends, ..." gives "supplies"). */
    static String verb(String description) {
        String v = description.replaceAll("\\(.*?\\)", "").split(",")[0].strip();
        return v.replaceFirst("^the (item|sanction or document|sanction) ", "");
    }

    private SplittableRandom rng(long tag, long a, long b) {
        long h = seed * 0x9E3779B97F4A7C15L + tag;
        h = (h ^ (h >>> 31)) * 0xBF58476D1CE4E5B9L + a;
        h = (h ^ (h >>> 29)) * 0x94D049BB133111EBL + b;
        return new SplittableRandom(h ^ (h >>> 32));
    }

    private static final long TAG_ENTITY = 1;
    private static final long TAG_EDGES = 2;
    private static final long TAG_EVIDENCE = 3;
    private static final long TAG_DOCUMENT = 4;
    private static final long TAG_ALIAS = 5;
    private static final long TAG_SOURCE = 6;

    private void assignEntities() {
        int n = entityType.length;
        byte state = (byte) typeNames.indexOf("State");
        int ordinaryStates = Math.min(192, n / 100);
        double[] cumulative = new double[TYPE_MIX.size()];
        byte[] mixTypes = new byte[TYPE_MIX.size()];
        double sum = 0;
        int k = 0;
        for (Map.Entry<String, Double> e : TYPE_MIX.entrySet()) {
            sum += e.getValue();
            cumulative[k] = sum;
            mixTypes[k++] = (byte) typeNames.indexOf(e.getKey());
        }
        SplittableRandom types = rng(TAG_ENTITY, 0, 0);
        for (int i = 0; i < n; i++) {
            if (i < HUB_STATES + ordinaryStates) {
                entityType[i] = state;
            } else {
                double u = types.nextDouble() * sum;
                int t = 0;
                while (t < cumulative.length - 1 && u >= cumulative[t]) {
                    t++;
                }
                entityType[i] = mixTypes[t];
            }
            names[i] = NameMaker.name(typeNames.get(entityType[i]), rng(TAG_ENTITY, 1, i));
            ids[i] = NameMaker.slug(names[i]) + "-" + Integer.toString(i, 36);
        }
    }

    /** Picks a catalogue edge type for a (source type, target type) pair, preferring types that name those ends. */
    private final class EdgeTypeChooser {
        private final int[][][] candidates;
        private final double[][][] weights;

        EdgeTypeChooser(Catalogue catalogue) {
            int t = typeNames.size();
            candidates = new int[t][t][];
            weights = new double[t][t][];
            for (int a = 0; a < t; a++) {
                for (int b = 0; b < t; b++) {
                    List<Integer> ok = new ArrayList<>();
                    List<Double> w = new ArrayList<>();
                    for (int e = 0; e < edgeTypeNames.size(); e++) {
                        String name = edgeTypeNames.get(e);
                        if (catalogue.allows(name, typeNames.get(a), typeNames.get(b))) {
                            Catalogue.EdgeType et = catalogue.edgeTypes().get(name);
                            boolean generic = et.from().contains(Catalogue.ANY) && et.to().contains(Catalogue.ANY);
                            ok.add(e);
                            w.add(generic ? 1.0 : 6.0);
                        }
                    }
                    if (ok.isEmpty()) {
                        throw new IllegalStateException("the catalogue allows no edge type from " + typeNames.get(a)
                                + " to " + typeNames.get(b));
                    }
                    candidates[a][b] = ok.stream().mapToInt(Integer::intValue).toArray();
                    double s = 0;
                    double[] cumulative = new double[w.size()];
                    for (int i = 0; i < w.size(); i++) {
                        s += w.get(i);
                        cumulative[i] = s;
                    }
                    weights[a][b] = cumulative;
                }
            }
        }

        int choose(int from, int to, SplittableRandom rng) {
            double[] cumulative = weights[entityType[from]][entityType[to]];
            double u = rng.nextDouble() * cumulative[cumulative.length - 1];
            int i = 0;
            while (i < cumulative.length - 1 && u >= cumulative[i]) {
                i++;
            }
            return candidates[entityType[from]][entityType[to]][i];
        }
    }

    private void drawEdges(EdgeTypeChooser chooser) {
        int n = entityType.length;
        int edges = source.length;
        double[] hubWeights = new double[HUB_STATES];
        double hubSum = 0;
        for (int r = 0; r < HUB_STATES; r++) {
            hubSum += 1.0 / (r + 1);
            hubWeights[r] = hubSum;
        }
        int headStart = 0;
        for (int r = 0; r < HUB_STATES; r++) {
            headStart += 40 / (r + 1);
        }
        int[] pool = new int[headStart + 2 * edges];
        int poolSize = 0;
        for (int r = 0; r < HUB_STATES; r++) {
            for (int c = 0; c < 40 / (r + 1); c++) {
                pool[poolSize++] = r;
            }
        }
        LongHashSet seen = new LongHashSet(edges);
        SplittableRandom rng = rng(TAG_EDGES, 0, 0);
        long types = edgeTypeNames.size();
        for (int e = 0; e < edges; e++) {
            while (true) {
                int s = rng.nextDouble() < SOURCE_PREFERENTIAL ? pool[rng.nextInt(poolSize)] : rng.nextInt(n);
                double u = rng.nextDouble();
                int t;
                if (u < TARGET_HUB) {
                    double h = rng.nextDouble() * hubSum;
                    int r = 0;
                    while (r < HUB_STATES - 1 && h >= hubWeights[r]) {
                        r++;
                    }
                    t = r;
                } else if (u < TARGET_HUB + TARGET_PREFERENTIAL) {
                    t = pool[rng.nextInt(poolSize)];
                } else {
                    t = rng.nextInt(n);
                }
                if (s == t) {
                    continue;
                }
                int type = chooser.choose(s, t, rng);
                if (!seen.add(((long) s * n + t) * types + type)) {
                    continue;
                }
                source[e] = s;
                target[e] = t;
                edgeType[e] = (byte) type;
                double k = rng.nextDouble();
                evidenceCount[e] = (byte) (k < 0.85 ? 1 : k < 0.97 ? 2 : 3);
                pool[poolSize++] = s;
                pool[poolSize++] = t;
                break;
            }
        }
    }

    // ---- sizes and identities

    public int entityCount() {
        return entityType.length;
    }

    public int edgeCount() {
        return source.length;
    }

    public int documentCount() {
        return documentCount;
    }

    public int sourceCount() {
        return sourceCount;
    }

    /** Evidence items over all edges. */
    public long evidenceTotal() {
        long total = 0;
        for (byte k : evidenceCount) {
            total += k;
        }
        return total;
    }

    public String entityId(int i) {
        return ids[i];
    }

    public String entityName(int i) {
        return names[i];
    }

    public String entityType(int i) {
        return typeNames.get(entityType[i]);
    }

    public int edgeSource(int e) {
        return source[e];
    }

    public int edgeTarget(int e) {
        return target[e];
    }

    public String edgeType(int e) {
        return edgeTypeNames.get(edgeType[e]);
    }

    public int evidenceCount(int e) {
        return evidenceCount[e];
    }

    public String edgeId(int e) {
        return GraphWriter.edgeId(ids[source[e]], edgeType(e), ids[target[e]]);
    }

    /** Domain-edge degree of every entity (in plus out). */
    public synchronized int[] degrees() {
        if (degrees == null) {
            int[] d = new int[entityType.length];
            for (int e = 0; e < source.length; e++) {
                d[source[e]]++;
                d[target[e]]++;
            }
            degrees = d;
        }
        return degrees;
    }

    /** The undirected adjacency of the domain edges. */
    public synchronized Adjacency adjacency() {
        if (adjacency == null) {
            int[] d = degrees();
            int[] offsets = new int[d.length + 1];
            for (int i = 0; i < d.length; i++) {
                offsets[i + 1] = offsets[i] + d[i];
            }
            int[] fill = offsets.clone();
            int[] neighbours = new int[offsets[d.length]];
            for (int e = 0; e < source.length; e++) {
                neighbours[fill[source[e]]++] = target[e];
                neighbours[fill[target[e]]++] = source[e];
            }
            adjacency = new Adjacency(offsets, neighbours);
        }
        return adjacency;
    }

    // ---- rows for the database

    /** An entity row: {@code labels} (Entity and the type lineage) and {@code properties}. */
    public Map<String, Object> entityRow(int i) {
        String name = names[i];
        List<String> aliases = new ArrayList<>();
        SplittableRandom rng = rng(TAG_ALIAS, i, 0);
        if (rng.nextDouble() < 0.3) {
            String alias = NameMaker.alias(name, rng);
            if (alias != null && !alias.equals(name)) {
                aliases.add(alias);
            }
        }
        StringBuilder searchText = new StringBuilder(name);
        aliases.forEach(a -> searchText.append(" | ").append(a));
        Map<String, Object> properties = new HashMap<>();
        properties.put("id", ids[i]);
        properties.put("name", name);
        properties.put("type", entityType(i));
        properties.put("aliases", aliases);
        properties.put("searchText", searchText.toString());
        properties.put("discovered", false);
        return Map.of("labels", typeLabels.get(entityType[i]), "properties", properties);
    }

    /** A cited source row: id, title, url. */
    public Map<String, Object> sourceRow(int n) {
        SplittableRandom rng = rng(TAG_SOURCE, n, 0);
        return Map.of("id", sourceId(n), "title", NameMaker.word(rng) + " " + NameMaker.word(rng) + " Review, no. " + n,
                "url", "https://sources.bench.invalid/" + n);
    }

    private static String sourceId(int n) {
        return "bench-source-" + n;
    }

    static String documentId(int d) {
        return "bench-doc-" + d;
    }

    /** The document holding evidence item {@code j} of edge {@code e}. */
    int documentOf(int e, int j) {
        return (e / EDGES_PER_DOCUMENT + j) % documentCount;
    }

    /** What evidence item {@code j} of edge {@code e} states. */
    public EvidenceFacts evidenceFacts(int e, int j) {
        SplittableRandom rng = rng(TAG_EVIDENCE, e, j);
        double m = rng.nextDouble();
        int modality = m < 0.6 ? 0 : m < 0.85 ? 1 : m < 0.95 ? 2 : 3;
        String year = rng.nextDouble() < 0.8 ? Integer.toString(2025 - (int) Math.floor(Math.pow(rng.nextDouble(), 2) * 30)) : null;
        double confidence = Math.round((0.5 + rng.nextDouble() * 0.49) * 100) / 100.0;
        String attribution = rng.nextDouble() < 0.15 ? "officials of " + names[(int) (rng.nextDouble() * HUB_STATES)] : null;
        return new EvidenceFacts(MODALITIES[modality], year, confidence, attribution);
    }

    /**
     * The properties of domain edge {@code e}: id and the summary of its evidence (strongest modality, first year,
     * years, attribution, max confidence, count, documents); absent values are left out, as Neo4j stores no nulls.
     */
    public Map<String, Object> edgeProperties(int e) {
        int k = evidenceCount[e];
        int strongest = MODALITIES.length;
        List<String> years = new ArrayList<>();
        List<String> documentIds = new ArrayList<>();
        String attribution = null;
        double confidence = 0;
        for (int j = 0; j < k; j++) {
            EvidenceFacts f = evidenceFacts(e, j);
            strongest = Math.min(strongest, List.of(MODALITIES).indexOf(f.modality()));
            if (f.year() != null && !years.contains(f.year())) {
                years.add(f.year());
            }
            String doc = documentId(documentOf(e, j));
            if (!documentIds.contains(doc)) {
                documentIds.add(doc);
            }
            if (attribution == null) {
                attribution = f.attribution();
            }
            confidence = Math.max(confidence, f.confidence());
        }
        Map<String, Object> properties = new HashMap<>();
        properties.put("id", edgeId(e));
        properties.put("modality", MODALITIES[strongest]);
        properties.put("years", years);
        putPresent(properties, "year", years.isEmpty() ? null : years.getFirst());
        putPresent(properties, "attribution", attribution);
        properties.put("confidence", confidence);
        properties.put("evidenceCount", k);
        properties.put("documentIds", documentIds);
        return properties;
    }

    /** A domain edge row: {@code sourceId}, {@code targetId}, {@code type} and {@code properties} ({@link #edgeProperties}). */
    public Map<String, Object> edgeRow(int e) {
        Map<String, Object> row = new HashMap<>();
        row.put("sourceId", ids[source[e]]);
        row.put("targetId", ids[target[e]]);
        row.put("type", edgeType(e));
        row.put("properties", edgeProperties(e));
        return row;
    }

    private static void putPresent(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    /** All rows of document {@code d}; sentences are clauses stating its evidence, quotes are verbatim substrings. */
    public DocumentContent document(int d) {
        String documentId = documentId(d);
        List<long[]> items = new ArrayList<>();
        for (int j = 0; j < 3; j++) {
            int block = Math.floorMod(d - j, documentCount);
            int first = block * EDGES_PER_DOCUMENT;
            int last = Math.min(first + EDGES_PER_DOCUMENT, source.length);
            for (int e = first; e < last; e++) {
                if (evidenceCount[e] > j) {
                    items.add(new long[] {e, j});
                }
            }
        }
        SplittableRandom rng = rng(TAG_DOCUMENT, d, 0);
        List<Map<String, Object>> sections = new ArrayList<>();
        List<Map<String, Object>> sentences = new ArrayList<>();
        List<Map<String, Object>> citations = new ArrayList<>();
        List<Map<String, Object>> evidence = new ArrayList<>();
        List<Map<String, Object>> mentions = new ArrayList<>();
        int offset = 0;
        int footnote = 0;
        int next = 0;
        Map<String, Object> section = null;
        while (next < items.size()) {
            int index = sentences.size();
            if (index % SENTENCES_PER_SECTION == 0) {
                section = new HashMap<>();
                section.put("id", documentId + "-sec" + (index / SENTENCES_PER_SECTION));
                section.put("documentId", documentId);
                section.put("index", index / SENTENCES_PER_SECTION);
                section.put("title", "Part " + (index / SENTENCES_PER_SECTION + 1));
                section.put("start", offset);
                sections.add(section);
            }
            String sentenceId = documentId + "-s" + index;
            int clauses = Math.min(1 + rng.nextInt(MAX_CLAUSES_PER_SENTENCE), items.size() - next);
            StringBuilder text = new StringBuilder();
            Set<Integer> mentioned = new HashSet<>();
            for (int c = 0; c < clauses; c++) {
                int e = (int) items.get(next)[0];
                int j = (int) items.get(next)[1];
                next++;
                if (c > 0) {
                    text.append("; ");
                }
                int clauseStart = text.length();
                EvidenceFacts f = evidenceFacts(e, j);
                String subject = names[source[e]];
                String object = names[target[e]];
                String verb = verbs.get(edgeType[e]);
                text.append(subject).append(' ').append(verb).append(' ').append(object);
                if (f.year() != null) {
                    text.append(" in ").append(f.year());
                }
                text.append(MODALITY_SUFFIX[List.of(MODALITIES).indexOf(f.modality())]);
                String quote = text.substring(clauseStart);
                String edgeId = edgeId(e);
                Map<String, Object> ev = new HashMap<>();
                ev.put("id", edgeId + "-" + j);
                ev.put("edgeId", edgeId);
                ev.put("sourceId", ids[source[e]]);
                ev.put("type", edgeType(e));
                ev.put("targetId", ids[target[e]]);
                ev.put("documentId", documentId);
                ev.put("sentenceId", sentenceId);
                ev.put("start", offset + clauseStart);
                ev.put("end", offset + text.length());
                ev.put("quote", quote);
                putPresent(ev, "year", f.year());
                ev.put("modality", f.modality());
                putPresent(ev, "attribution", f.attribution());
                ev.put("rule", "bench-synthetic");
                ev.put("confidence", f.confidence());
                ev.put("predicate", verb);
                evidence.add(ev);
                addMention(mentions, mentioned, source[e], sentenceId, offset + clauseStart, subject);
                addMention(mentions, mentioned, target[e], sentenceId,
                        offset + clauseStart + subject.length() + verb.length() + 2, object);
            }
            text.append('.');
            Map<String, Object> sentence = new HashMap<>();
            sentence.put("id", sentenceId);
            sentence.put("documentId", documentId);
            sentence.put("sectionId", section.get("id"));
            sentence.put("index", index);
            sentence.put("start", offset);
            sentence.put("end", offset + text.length());
            sentence.put("text", text.toString());
            sentences.add(sentence);
            if (rng.nextDouble() < CITATION_RATE) {
                citations.add(Map.of("sentenceId", sentenceId, "source", rng.nextInt(sourceCount), "footnote", ++footnote));
            }
            offset += text.length() + 1;
            section.put("end", offset - 1);
        }
        Map<String, Object> document = new HashMap<>();
        document.put("id", documentId);
        document.put("title", "Synthetic report " + d + ": " + names[d % HUB_STATES] + " and its partners");
        document.put("path", "bench://documents/" + d + ".txt");
        document.put("format", "txt");
        document.put("sha256", String.format("%016x%016x", rng.nextLong(), rng.nextLong()));
        document.put("author", names[(d * 31 + 7) % names.length]);
        document.put("date", String.format("%d-%02d-%02d", 2000 + d % 26, 1 + d % 12, 1 + d % 28));
        document.put("venue", "tiegraph benchmark");
        document.put("kind", "report");
        document.put("source", "synthetic");
        return new DocumentContent(document, sections, sentences, citations, evidence, mentions);
    }

    private void addMention(List<Map<String, Object>> mentions, Set<Integer> mentioned, int entity, String sentenceId,
                            int start, String surface) {
        if (mentioned.add(entity)) {
            mentions.add(Map.of("entity", entity, "sentenceId", sentenceId, "start", start,
                    "end", start + surface.length(), "surface", surface));
        }
    }
}
