package org.tiegraph.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words extraction needs beyond the parser, read from {@code catalogue/lexicon.yaml}: head words that type names
 * and item phrases, group nouns, vessel and person cues, sanction programme names, and the cues of modality. Every type
 * it names is checked against the catalogue when it loads.
 */
public record Lexicon(Map<String, String> nameHeads, Set<String> standaloneItems, Set<String> modifiedItems,
                      Map<String, PhraseHead> phraseHeads, Set<String> itemModifiersDropped, Set<String> partitives,
                      Map<String, Group> groupHeads,
                      Map<String, String> nameQualifiers, Set<String> sharedPlaceHeads, Set<String> regionWords,
                      Map<String, String> appositionHeads,
                      Set<String> vesselCues,
                      Set<String> referenceNouns, Set<String> namingVerbs, Set<String> aliasCues,
                      Set<String> eventVerbs, Set<String> idiomObjects, Set<String> instrumentVerbs,
                      Pattern vesselIdentifier, Set<String> personTitles, List<Pattern> sanctionNames,
                      Set<String> notNames, ModalityCues modality) {

    /** The words that make a statement negated, possible, planned, denied, reported or attributed. */
    public record ModalityCues(Set<String> negations, Set<String> possible, Set<String> planned, Set<String> denying,
                               Set<String> reporting, Set<String> attributing, Set<String> hedges,
                               List<String> unrealised, Set<String> knowing, Set<String> concessive) {
    }

    /**
     * A group noun's type and the edge its qualifying state or place gives it ("Chinese companies" BASED_IN China);
     * {@code inverse}: the edge runs from the state to the group ("Russia" PARTICIPATED_IN "Sino-Russian exercises").
     */
    public record Group(String type, String relation, boolean inverse, String placeRelation) {
    }

    /** A lower-case head noun that names one thing of {@code type} with at least {@code modifiers} descriptive words. */
    public record PhraseHead(String type, int modifiers) {
    }

    private static final String RESOURCE = "catalogue/lexicon.yaml";

    /** The lexicon shipped with the application, validated against {@code catalogue}. */
    public static Lexicon load(Catalogue catalogue) {
        try (InputStream in = Lexicon.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("catalogue resource missing: " + RESOURCE);
            }
            return parse(new ObjectMapper(new YAMLFactory()).readTree(in), catalogue);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    public static Lexicon parse(JsonNode root, Catalogue catalogue) {
        JsonNode m = required(root, "modality");
        JsonNode items = required(root, "itemHeads");
        return new Lexicon(typedWords(required(root, "nameHeads"), catalogue, "nameHeads"),
                words(required(items, "standalone")), words(required(items, "modified")),
                phraseHeads(required(root, "phraseHeads"), catalogue),
                words(required(root, "itemModifiersDropped")), words(required(root, "partitives")),
                groups(required(root, "groupHeads"), catalogue), qualifiers(required(root, "nameQualifiers"), catalogue),
                words(required(root, "sharedPlaceHeads")),
                words(required(root, "regionWords")),
                typedWords(required(root, "appositionHeads"), catalogue, "appositionHeads"),
                words(required(root, "vesselCues")), words(required(root, "referenceNouns")),
                words(required(root, "namingVerbs")), words(required(root, "aliasCues")),
                words(required(root, "eventVerbs")), words(required(root, "idiomObjects")),
                words(required(root, "instrumentVerbs")), Pattern.compile(required(root, "vesselIdentifier").asText()),
                words(required(root, "personTitles")), patterns(required(root, "sanctionNames")),
                words(required(root, "notNames")),
                new ModalityCues(words(required(m, "negations")), words(required(m, "possible")),
                        words(required(m, "planned")), words(required(m, "denying")), words(required(m, "reporting")),
                        words(required(m, "attributing")), words(required(m, "hedges")),
                        List.copyOf(words(required(m, "unrealised"))), words(required(m, "knowing")),
                        words(required(m, "concessive"))));
    }

    private static JsonNode required(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            throw new IllegalStateException(RESOURCE + ": missing '" + field + "'");
        }
        return v;
    }

    private static Set<String> words(JsonNode list) {
        Set<String> out = new LinkedHashSet<>();
        list.forEach(w -> out.add(w.asText().toLowerCase(Locale.ROOT)));
        return Set.copyOf(out);
    }

    private static List<Pattern> patterns(JsonNode list) {
        List<Pattern> out = new ArrayList<>();
        list.forEach(p -> out.add(Pattern.compile(p.asText())));
        return List.copyOf(out);
    }

    private static Map<String, String> typedWords(JsonNode byType, Catalogue catalogue, String field) {
        Map<String, String> out = new LinkedHashMap<>();
        byType.properties().forEach(e -> {
            if (!catalogue.isEntityType(e.getKey())) {
                throw new IllegalStateException(RESOURCE + ": " + field + " names unknown entity type " + e.getKey());
            }
            e.getValue().forEach(w -> out.putIfAbsent(w.asText().toLowerCase(Locale.ROOT), e.getKey()));
        });
        return Map.copyOf(out);
    }

    private static Map<String, PhraseHead> phraseHeads(JsonNode byType, Catalogue catalogue) {
        Map<String, PhraseHead> out = new LinkedHashMap<>();
        byType.properties().forEach(e -> {
            if (!catalogue.isEntityType(e.getKey())) {
                throw new IllegalStateException(RESOURCE + ": phraseHeads names unknown entity type " + e.getKey());
            }
            PhraseHead h = new PhraseHead(e.getKey(), required(e.getValue(), "modifiers").asInt());
            required(e.getValue(), "words").forEach(w -> out.putIfAbsent(w.asText().toLowerCase(Locale.ROOT), h));
        });
        return Map.copyOf(out);
    }

    private static Map<String, Group> groups(JsonNode byType, Catalogue catalogue) {
        Map<String, Group> out = new LinkedHashMap<>();
        byType.properties().forEach(e -> {
            String relation = required(e.getValue(), "relation").asText();
            if (!catalogue.isEntityType(e.getKey())) {
                throw new IllegalStateException(RESOURCE + ": groupHeads names unknown entity type " + e.getKey());
            }
            if (!catalogue.isEdgeType(relation)) {
                throw new IllegalStateException(RESOURCE + ": groupHeads names unknown edge type " + relation);
            }
            String placeRelation = e.getValue().path("placeRelation").asText(relation);
            if (!catalogue.isEdgeType(placeRelation)) {
                throw new IllegalStateException(RESOURCE + ": groupHeads names unknown edge type " + placeRelation);
            }
            Group g = new Group(e.getKey(), relation, e.getValue().path("inverse").asBoolean(false), placeRelation);
            required(e.getValue(), "words").forEach(w -> out.putIfAbsent(w.asText().toLowerCase(Locale.ROOT), g));
        });
        return Map.copyOf(out);
    }

    private static Map<String, String> qualifiers(JsonNode byType, Catalogue catalogue) {
        Map<String, String> out = new LinkedHashMap<>();
        byType.properties().forEach(e -> {
            if (!catalogue.isEntityType(e.getKey()) || !catalogue.isEdgeType(e.getValue().asText())) {
                throw new IllegalStateException(RESOURCE + ": nameQualifiers needs an entity type and an edge type, not "
                        + e.getKey() + ": " + e.getValue().asText());
            }
            out.put(e.getKey(), e.getValue().asText());
        });
        return Map.copyOf(out);
    }

    /** The type a name head word gives (a plural as its singular: "Centers", "Industries"), or null. */
    public String nameType(String word) {
        return inSingular(word.toLowerCase(Locale.ROOT), nameHeads);
    }

    /**
     * The type a noun describing a name gives it ("a Russia-based company", "another China-flagged ship", "companies
     * like …"), or null.
     */
    public String describedType(String noun) {
        String w = noun.toLowerCase(Locale.ROOT);
        boolean plural = w.length() > 3 && w.endsWith("s");
        if (vesselCues.contains(w) || plural && vesselCues.contains(w.substring(0, w.length() - 1))) {
            return "Vessel";
        }
        String t = inSingular(w, appositionHeads);
        return t != null ? t : inSingular(w, nameHeads);
    }

    /** The value for a lower-case word, else for its singular ("centers" → center, "companies" → company). */
    private static String inSingular(String w, Map<String, String> words) {
        String v = words.get(w);
        if (v != null || w.length() < 4 || !w.endsWith("s")) {
            return v;
        }
        v = words.get(w.substring(0, w.length() - 1));
        return v != null || !w.endsWith("ies") ? v : words.get(w.substring(0, w.length() - 3) + "y");
    }

    /** True when a noun with this lemma heads an item phrase; {@code modified}: only with a descriptive modifier. */
    public boolean isItemHead(String lemma, boolean modified) {
        String l = lemma.toLowerCase(Locale.ROOT);
        return standaloneItems.contains(l) || modified && modifiedItems.contains(l);
    }

    public boolean isNotName(String word) {
        return notNames.contains(word.toLowerCase(Locale.ROOT));
    }
}
