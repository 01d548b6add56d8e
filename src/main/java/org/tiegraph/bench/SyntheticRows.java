package org.tiegraph.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.tiegraph.catalogue.Catalogue;

/**
 * The database rows of a {@link SyntheticGraph}, built on demand: entities (lineage labels, aliases, search text),
 * cited sources, domain edges with the summary of their evidence, and documents whose sentences state that evidence
 * verbatim, with sections, citations and entity mentions.
 */
public final class SyntheticRows {

    static final int SENTENCES_PER_SECTION = 20;
    static final int MAX_CLAUSES_PER_SENTENCE = 4;
    /** Probability that a sentence carries a footnote citing a source. */
    static final double CITATION_RATE = 0.35;
    private static final String[] MODALITIES = {"asserted", "reported", "planned", "denied"};
    private static final String[] MODALITY_SUFFIX = {"", ", officials said", " under a planned arrangement",
            ", a claim that was denied"};
    private static final long TAG_EVIDENCE = 3;
    private static final long TAG_DOCUMENT = 4;
    private static final long TAG_ALIAS = 5;
    private static final long TAG_SOURCE = 6;

    private final SyntheticGraph graph;
    /** Entity type -> Entity and the type's lineage. */
    private final Map<String, List<String>> labels = new HashMap<>();
    /** Edge type -> the verb its sentences use. */
    private final Map<String, String> verbs = new HashMap<>();

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

    SyntheticRows(SyntheticGraph graph, Catalogue catalogue) {
        this.graph = graph;
        for (String type : catalogue.entityTypes().keySet()) {
            List<String> lineage = new ArrayList<>();
            lineage.add("Entity");
            lineage.addAll(catalogue.lineage(type));
            labels.put(type, List.copyOf(lineage));
        }
        catalogue.edgeTypes().forEach((type, definition) -> verbs.put(type, verb(definition.description())));
    }

    /** The first clause of a catalogue description, as a verb phrase ("supplies, sends, ..." gives "supplies"). */
    static String verb(String description) {
        String v = description.replaceAll("\\(.*?\\)", "").split(",")[0].strip();
        return v.replaceFirst("^the (item|sanction or document|sanction) ", "");
    }

    /** An entity row: {@code labels} (Entity and the type lineage) and {@code properties}. */
    public Map<String, Object> entityRow(int i) {
        String name = graph.entityName(i);
        List<String> aliases = new ArrayList<>();
        SplittableRandom rng = graph.rng(TAG_ALIAS, i, 0);
        if (rng.nextDouble() < 0.3) {
            String alias = NameMaker.alias(name, rng);
            if (alias != null && !alias.equals(name)) {
                aliases.add(alias);
            }
        }
        StringBuilder searchText = new StringBuilder(name);
        aliases.forEach(a -> searchText.append(" | ").append(a));
        Map<String, Object> properties = new HashMap<>();
        properties.put("id", graph.entityId(i));
        properties.put("name", name);
        properties.put("type", graph.entityType(i));
        properties.put("aliases", aliases);
        properties.put("searchText", searchText.toString());
        properties.put("discovered", false);
        return Map.of("labels", labels.get(graph.entityType(i)), "properties", properties);
    }

    /** A cited source row: id, title, url. */
    public Map<String, Object> sourceRow(int n) {
        SplittableRandom rng = graph.rng(TAG_SOURCE, n, 0);
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
        return (e / SyntheticGraph.EDGES_PER_DOCUMENT + j) % graph.documentCount();
    }

    /** What evidence item {@code j} of edge {@code e} states. */
    public EvidenceFacts evidenceFacts(int e, int j) {
        SplittableRandom rng = graph.rng(TAG_EVIDENCE, e, j);
        double m = rng.nextDouble();
        int modality = m < 0.6 ? 0 : m < 0.85 ? 1 : m < 0.95 ? 2 : 3;
        String year = rng.nextDouble() < 0.8 ? Integer.toString(2025 - (int) Math.floor(Math.pow(rng.nextDouble(), 2) * 30)) : null;
        double confidence = Math.round((0.5 + rng.nextDouble() * 0.49) * 100) / 100.0;
        String attribution = rng.nextDouble() < 0.15
                ? "officials of " + graph.entityName((int) (rng.nextDouble() * SyntheticGraph.HUB_STATES)) : null;
        return new EvidenceFacts(MODALITIES[modality], year, confidence, attribution);
    }

    /**
     * The properties of domain edge {@code e}: id and the summary of its evidence (strongest modality, first year,
     * years, attribution, max confidence, count, documents); absent values are left out, as Neo4j stores no nulls.
     */
    public Map<String, Object> edgeProperties(int e) {
        int k = graph.evidenceCount(e);
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
        properties.put("id", graph.edgeId(e));
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
        row.put("sourceId", graph.entityId(graph.edgeSource(e)));
        row.put("targetId", graph.entityId(graph.edgeTarget(e)));
        row.put("type", graph.edgeType(e));
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
            int block = Math.floorMod(d - j, graph.documentCount());
            int first = block * SyntheticGraph.EDGES_PER_DOCUMENT;
            int last = Math.min(first + SyntheticGraph.EDGES_PER_DOCUMENT, graph.edgeCount());
            for (int e = first; e < last; e++) {
                if (graph.evidenceCount(e) > j) {
                    items.add(new long[] {e, j});
                }
            }
        }
        SplittableRandom rng = graph.rng(TAG_DOCUMENT, d, 0);
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
                String subject = graph.entityName(graph.edgeSource(e));
                String object = graph.entityName(graph.edgeTarget(e));
                String verb = verbs.get(graph.edgeType(e));
                text.append(subject).append(' ').append(verb).append(' ').append(object);
                if (f.year() != null) {
                    text.append(" in ").append(f.year());
                }
                text.append(MODALITY_SUFFIX[List.of(MODALITIES).indexOf(f.modality())]);
                String quote = text.substring(clauseStart);
                String edgeId = graph.edgeId(e);
                Map<String, Object> ev = new HashMap<>();
                ev.put("id", edgeId + "-" + j);
                ev.put("edgeId", edgeId);
                ev.put("sourceId", graph.entityId(graph.edgeSource(e)));
                ev.put("type", graph.edgeType(e));
                ev.put("targetId", graph.entityId(graph.edgeTarget(e)));
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
                addMention(mentions, mentioned, graph.edgeSource(e), sentenceId, offset + clauseStart, subject);
                addMention(mentions, mentioned, graph.edgeTarget(e), sentenceId,
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
                citations.add(Map.of("sentenceId", sentenceId, "source", rng.nextInt(graph.sourceCount()),
                        "footnote", ++footnote));
            }
            offset += text.length() + 1;
            section.put("end", offset - 1);
        }
        Map<String, Object> document = new HashMap<>();
        document.put("id", documentId);
        document.put("title", "Synthetic report " + d + ": " + graph.entityName(d % SyntheticGraph.HUB_STATES)
                + " and its partners");
        document.put("path", "bench://documents/" + d + ".txt");
        document.put("format", "txt");
        document.put("sha256", String.format("%016x%016x", rng.nextLong(), rng.nextLong()));
        document.put("author", graph.entityName((d * 31 + 7) % graph.entityCount()));
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
