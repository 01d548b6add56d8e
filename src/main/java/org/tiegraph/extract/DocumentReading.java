package org.tiegraph.extract;

import org.tiegraph.catalogue.Catalogue;
import org.tiegraph.catalogue.Modality;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tiegraph.extract.nlp.LanguageModel;
import org.tiegraph.extract.nlp.ParseHints;
import org.tiegraph.extract.nlp.ParsedSentence;
import org.tiegraph.extract.nlp.TaggedSentence;
import org.tiegraph.extract.nlp.Token;
import org.tiegraph.ingest.ParsedDocument;
import org.tiegraph.ingest.Sentence;

/**
 * One document's extraction, in two passes over its parsed sentences. The first finds the names the document
 * introduces (and the short forms it defines), so that the second can match them wherever they recur: the second
 * pass resolves every sentence's entity mentions (catalogue and document names, item phrases, groups, references
 * back), proposes edges with the relation rules and grounds each in a verbatim quote with its modality and year.
 */
final class DocumentReading {

    private static final String UNTYPED = "RELATED_TO";
    /** Types whose names list every party before them ("China-Russia-Iran Naval Exercises"). */
    private static final Set<String> JOINT = Set.of("Treaty", "Exercise", "Event");
    private static final Set<String> ORGANISATIONS = Set.of("GovernmentBody", "MilitaryForce", "Organization",
            "Company");
    /** A list item further than this from the start of its frame is not quoted with it. */
    private static final int MAX_LIST_QUOTE = 1_200;
    private static final Pattern URL = Pattern.compile("(?:https?://|www\\.)\\S+(?:-\\s*\\n\\S+)*");

    private final Extractor.Parts parts;
    private final ParsedDocument parsed;
    private final List<TaggedSentence> tagged;
    private final LanguageModel model;
    private final String docText;
    private final DocumentEntities entities;
    private final Anaphora anaphora;
    private final NameIntroduction names;
    private final RelationMatcher.Memory memory = new RelationMatcher.Memory();
    private final List<Mention> mentions = new ArrayList<>();
    private final Map<String, Edge> edges = new LinkedHashMap<>();
    private final List<Extraction.Rejection> rejected = new ArrayList<>();
    private final Set<String> unresolved = new LinkedHashSet<>();
    private final Set<String> generic = new HashSet<>();
    private final Set<String> qualified = new HashSet<>();
    private final Map<String, List<Qualifier>> groupQualifiers = new java.util.HashMap<>();

    /** The edge a group's qualifier gives it ("Chinese companies" BASED_IN China), kept for its later mentions. */
    private record Qualifier(String relation, String entityId, String type, boolean inverse) {
    }

    private final java.util.function.Consumer<String> trace;

    DocumentReading(Extractor.Parts parts, ParsedDocument parsed, List<TaggedSentence> tagged, LanguageModel model,
                    java.util.function.Consumer<String> trace) {
        this.trace = trace;
        this.parts = parts;
        this.parsed = parsed;
        this.tagged = tagged;
        this.model = model;
        this.docText = parsed.document().text();
        this.entities = new DocumentEntities(parts.catalogue());
        this.anaphora = new Anaphora(parts.lexicon());
        this.names = new NameIntroduction(parts, entities, unresolved);
    }

    /** The text with web addresses blanked out (same length), so nothing is found inside them. */
    static String maskUrls(String text) {
        Matcher m = URL.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder b = new StringBuilder(text);
        do {
            for (int i = m.start(); i < m.end(); i++) {
                if (!Character.isWhitespace(b.charAt(i))) {
                    b.setCharAt(i, ' ');
                }
            }
        } while (m.find());
        return b.toString();
    }

    Extraction run() {
        List<Sentence> sentences = parsed.sentences();
        for (int i = 0; i < sentences.size(); i++) {
            names.introduce(sentences.get(i), tagged.get(i));
        }
        List<ParseHints> hints = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            hints.add(names.parseHints(sentences.get(i), tagged.get(i)));
        }
        List<ParsedSentence> parses = java.util.stream.IntStream.range(0, sentences.size()).parallel()
                .mapToObj(i -> model.parse(tagged.get(i), hints.get(i))).toList();
        List<List<Span>> sentenceSpans = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            sentenceSpans.add(relate(sentences.get(i), parses.get(i), i));
        }
        for (int i = 0; i < sentences.size(); i++) {
            if (ListFrames.isFrame(sentences.get(i)) && !parses.get(i).tokens().isEmpty()) {
                readList(sentences, parses, sentenceSpans, i);
            }
        }
        Set<String> used = entities.usedNames();
        List<String> open = unresolved.stream().filter(u -> !used.contains(NormalizedText.fold(u))).toList();
        return new Extraction(parsed, entities.used(), List.copyOf(mentions), List.copyOf(edges.values()),
                List.copyOf(rejected), List.copyOf(open));
    }

    // ---- pass 2: mentions and edges ------------------------------------------------------------------------------

    /** The sentence's entity spans, after its mentions are recorded and its edges grounded. */
    private List<Span> relate(Sentence s, ParsedSentence ps, int index) {
        if (ps.tokens().isEmpty()) {
            return List.of();
        }
        List<Span> spans = new ArrayList<>(names.gazetteerSpans(s, ps));
        List<RelationMatcher.Draft> structural = new ArrayList<>();
        Set<Span> phraseSpans = new HashSet<>();
        for (ItemFinder.Phrase p : parts.items().find(ps, spans)) {
            if (p.replaces() != null) {
                spans.remove(p.replaces());
            }
            DocumentEntities.Builder b = entities.discovered(p.type(), p.name(), p.idName());
            boolean group = !p.qualifiers().isEmpty() || p.place() != null;
            if (group && p.first() > 0 && ps.tokens().get(p.first() - 1).tag().equals("CD")
                    && !ps.tokens().get(p.first() - 1).text().matches("\\d{4}")) {
                // "two companies in southeastern China": the group as the text counts it (not "2022 … outlets")
                entities.alias(b, ps.tokens().get(p.first() - 1).text() + " " + p.name());
            }
            Span span = new Span(p.first(), p.last(), b.id, b.type, false);
            spans.add(span);
            phraseSpans.add(span);
            if ((!p.qualifiers().isEmpty() || p.place() != null || "Item".equals(p.type())) && !"Place".equals(p.type())) {
                generic.add(b.id);
                b.properties.put("generic", true);
            }
            // "Russian companies like Struktura": what the group's qualifier says holds for each example named
            List<Span> members = new ArrayList<>(List.of(span));
            if (!"Item".equals(p.type())) {
                members.addAll(examplesOf(ps, spans, span));
            }
            for (Span q : p.qualifiers()) {
                groupQualifiers.computeIfAbsent(b.id, k -> new ArrayList<>())
                        .add(new Qualifier(p.relation(), q.entityId(), q.type(), p.inverse()));
                for (Span m : members) {
                    structural.add(p.inverse()
                            ? new RelationMatcher.Draft(p.relation(), q, m, -1, Extractor.GROUP_RULE)
                            : new RelationMatcher.Draft(p.relation(), m, q, -1, Extractor.GROUP_RULE));
                }
            }
            if (p.place() != null) {
                structural.add(new RelationMatcher.Draft(p.placeRelation(), span, p.place(), -1, Extractor.GROUP_RULE));
            }
        }
        for (Span x : List.copyOf(spans)) {
            // a group named again ("Chinese companies … have been involved"): its qualifier holds here too
            if (!phraseSpans.contains(x)) {
                for (Qualifier q : groupQualifiers.getOrDefault(x.entityId(), List.of())) {
                    Span at = new Span(x.first(), x.first(), q.entityId(), q.type(), false);
                    structural.add(q.inverse() ? new RelationMatcher.Draft(q.relation(), at, x, -1, Extractor.GROUP_RULE)
                            : new RelationMatcher.Draft(q.relation(), x, at, -1, Extractor.GROUP_RULE));
                }
            }
        }
        spans.addAll(anaphora.resolve(ps, spans, index));
        anaphora.saw(ps, spans, index, generic);
        for (Span x : spans) {
            DocumentEntities.Builder b = entities.get(x.entityId());
            b.used = true;
            int start = ps.tokens().get(x.first()).start();
            int end = ps.tokens().get(x.last()).end();
            mentions.add(new Mention(b.id, s.id(), s.documentOffset(start), s.documentOffset(end),
                    s.text().substring(start, end)));
        }
        structural.addAll(qualifiedNames(ps, spans));
        List<RelationMatcher.Draft> drafts = new ArrayList<>(structural);
        drafts.addAll(parts.matcher().match(ps, spans, memory));
        trace.accept("## " + s.text() + "\n   spans: " + spans.stream().map(x -> NameFinder.text(ps, x.first(), x.last())
                + "=" + x.entityId()).toList() + "\n   graph: " + ps.enhanced().toList().replace("\n", " | ")
                + "\n   drafts: " + drafts.stream().map(d -> d.source().entityId() + " " + d.type() + " "
                + d.target().entityId() + " (" + d.rule().id() + ")").toList());
        Set<String> typedPairs = new HashSet<>();
        for (RelationMatcher.Draft d : drafts) {
            if (!d.type().equals(UNTYPED)) {
                typedPairs.add(pair(d));
            }
        }
        for (RelationMatcher.Draft d : drafts) {
            if (!d.type().equals(UNTYPED) || !typedPairs.contains(pair(d))) {
                ground(s, ps, spans, d, -1);
            }
        }
        return spans;
    }

    /**
     * Reads a list frame once per item: the item's entity stands in for the frame's plural noun, and each edge that
     * involves it is quoted from the frame's start to the item's end (one stretch of the document).
     */
    private void readList(List<Sentence> sentences, List<ParsedSentence> parses, List<List<Span>> spans, int frame) {
        ParsedSentence ps = parses.get(frame);
        int noun = ListFrames.listNoun(ps);
        if (noun < 0 || RelationMatcher.covering(spans.get(frame), noun) != null) {
            return;
        }
        String wanted = parts.lexicon().describedType(ps.tokens().get(noun).text());
        Sentence f = sentences.get(frame);
        for (ListFrames.Item item : ListFrames.items(sentences, frame, docText)) {
            Span entity = itemEntity(sentences, parses, spans, frame, item, wanted);
            if (entity == null || item.end() - f.start() > MAX_LIST_QUOTE) {
                continue;
            }
            Span standIn = new Span(noun, noun, entity.entityId(), entity.type(), true);
            List<Span> frameSpans = new ArrayList<>(spans.get(frame));
            frameSpans.add(standIn);
            for (RelationMatcher.Draft d : parts.matcher().match(ps, frameSpans, memory)) {
                if ((d.source() == standIn || d.target() == standIn) && !d.type().equals(UNTYPED)) {
                    ground(f, ps, frameSpans, d, item.end());
                }
            }
        }
    }

    /** The entity an item names: the first of the list noun's type, else the first that is not a state or place. */
    private static Span itemEntity(List<Sentence> sentences, List<ParsedSentence> parses, List<List<Span>> spans,
                                   int frame, ListFrames.Item item, String wanted) {
        Span fallback = null;
        for (int i = frame + 1; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            if (s.start() > item.end()) {
                break;
            }
            for (Span x : spans.get(i)) {
                int at = s.documentOffset(parses.get(i).tokens().get(x.first()).start());
                if (at < item.start() || at >= item.end() || x.anaphor()) {
                    continue;
                }
                if (x.type().equals(wanted)) {
                    return x;
                }
                if (fallback == null && !"State".equals(x.type()) && !"Place".equals(x.type())) {
                    fallback = x;
                }
            }
        }
        return wanted == null ? fallback : null;
    }

    /** The names given as examples of the group phrase {@code group} ("companies like Struktura and …"). */
    private static List<Span> examplesOf(ParsedSentence ps, List<Span> spans, Span group) {
        List<Span> out = new ArrayList<>();
        var head = ps.enhanced().getNodeByIndexSafe(group.last() + 1);
        if (head == null) {
            return out;
        }
        for (var e : ps.enhanced().outgoingEdgeList(head)) {
            Span example = RelationMatcher.EXAMPLES.contains(e.getRelation().toString())
                    ? RelationMatcher.covering(spans, ParsedSentence.indexOf(e.getDependent())) : null;
            if (example != null && !example.anaphor() && !example.entityId().equals(group.entityId())) {
                out.add(example);
            }
        }
        return out;
    }

    private static String pair(RelationMatcher.Draft d) {
        String a = d.source().entityId();
        String b = d.target().entityId();
        return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
    }

    /**
     * "Russian Coast Guard", "US Treasury": an organisation whose name begins with a state is part of it; "Russian Far
     * East": a place or route so named lies in it (not "Indian Ocean": see the lexicon's sharedPlaceHeads); "IRGC
     * Navy": an organisation whose name begins with a catalogue organisation's is part of that one.
     */
    private List<RelationMatcher.Draft> qualifiedNames(ParsedSentence ps, List<Span> spans) {
        List<RelationMatcher.Draft> out = new ArrayList<>();
        for (Span x : spans) {
            String relation = parts.lexicon().nameQualifiers().get(x.type());
            boolean unit = ORGANISATIONS.contains(x.type());
            if (relation == null && !unit || x.anaphor() || !qualified.add(x.entityId())) {
                continue;
            }
            String name = NameFinder.text(ps, x.first(), x.last());
            String lastWord = name.substring(name.lastIndexOf(' ') + 1).toLowerCase(java.util.Locale.ROOT);
            if ("LOCATED_IN".equals(relation) && parts.lexicon().sharedPlaceHeads().contains(lastWord)) {
                continue;
            }
            // "2001 Sino-Russian Treaty …": the qualifier may follow a year; "China-Russia-Iran Naval Exercises": a
            // treaty, exercise or event names every state joined by hyphens before it
            int expected = name.matches("\\d{4} .*") ? 5 : 0;
            for (Gazetteer.Match m : parts.known().findAll(name)) {
                Gazetteer.Target target = m.targets().getFirst();
                // a company hyphenated to a body's name is another company ("Alabuga-Fiber" in the Alabuga zone)
                if (unit && m.start() == 0 && m.end() < name.length() && ORGANISATIONS.contains(target.type())
                        && !target.entityId().equals(x.entityId()) && !legalForm(name.substring(m.end()))
                        && !("Company".equals(x.type()) && name.charAt(m.end()) == '-')) {
                    // "IRGC Navy", "Workers' Party of Korea Office 39": a unit named after the body it belongs to
                    entities.known(target.entityId()).used = true;
                    out.add(new RelationMatcher.Draft("PART_OF", x,
                            new Span(x.first(), x.first(), target.entityId(), target.type(), false), -1,
                            Extractor.NAME_RULE));
                    break;
                }
                if (relation != null && m.start() == expected && m.end() < name.length()
                        && "State".equals(target.type())) {
                    Span state = new Span(x.first(), x.first(), target.entityId(), target.type(), false);
                    entities.known(target.entityId()).used = true;
                    // the way the catalogue admits: "Russian Coast Guard" PART_OF Russia, Russia PARTICIPATED_IN "Russia's war"
                    boolean inward = !parts.catalogue().allows(relation, x.type(), state.type());
                    out.add(inward ? new RelationMatcher.Draft(relation, state, x, -1, Extractor.NAME_RULE)
                            : new RelationMatcher.Draft(relation, x, state, -1, Extractor.NAME_RULE));
                    if (!JOINT.contains(x.type()) || name.charAt(m.end()) != '-') {
                        break;
                    }
                    expected = m.end() + 1;
                }
            }
        }
        return out;
    }

    /** "JSC", "Group LLC": words that only give a body's legal form, so "Alabuga JSC" is Alabuga, not a unit of it. */
    private boolean legalForm(String rest) {
        String words = rest.strip();
        return !words.isEmpty() && java.util.Arrays.stream(words.split("[\\s,.]+"))
                .allMatch(w -> w.isEmpty() || "Company".equals(parts.lexicon().nameHeads().get(w.toLowerCase(java.util.Locale.ROOT))));
    }

    /**
     * Keeps draft {@code d} read in sentence {@code s} as an edge with its evidence, when the catalogue allows it. Its
     * quote comes from the sentence, or, for an item of a list frame, runs from the sentence's start to document
     * offset {@code listQuoteEnd} (-1 for no list).
     */
    private void ground(Sentence s, ParsedSentence ps, List<Span> spans, RelationMatcher.Draft d, int listQuoteEnd) {
        Span src = d.source();
        Span tgt = d.target();
        String type = d.type();
        Catalogue catalogue = parts.catalogue();
        if (!catalogue.allows(type, src.type(), tgt.type())) {
            rejected.add(new Extraction.Rejection(src.entityId(), type, tgt.entityId(), s.id(),
                    "catalogue does not allow " + type + " from " + src.type() + " to " + tgt.type()));
            return;
        }
        if (catalogue.edgeTypes().get(type).symmetric() && src.entityId().compareTo(tgt.entityId()) > 0) {
            Span t = src;
            src = tgt;
            tgt = t;
        }
        List<Token> t = ps.tokens();
        int a = Integer.MAX_VALUE;
        int b = -1;
        for (Span x : new Span[]{src, tgt}) {
            if (x.inSentence()) {
                a = Math.min(a, t.get(x.first()).start());
                b = Math.max(b, t.get(x.last()).end());
            }
        }
        if (d.trigger() >= 0) {
            a = Math.min(a, t.get(d.trigger()).start());
            b = Math.max(b, t.get(d.trigger()).end());
        }
        int anchor = d.trigger() >= 0 ? t.get(d.trigger()).start() : a;
        Quotes.Quote q = listQuoteEnd >= 0 ? Quotes.stretch(docText, s.start(), listQuoteEnd, s.documentOffset(anchor))
                : Quotes.quote(s, docText, a, b, anchor);
        if (q == null) {
            rejected.add(new Extraction.Rejection(src.entityId(), type, tgt.entityId(), s.id(),
                    "no words of the edge in the sentence to quote"));
            return;
        }
        // what a name or a group phrase says of itself ("Russian-flagged vessels") is not what a hedge or a negation
        // of the sentence's verb qualifies
        boolean named = d.rule() == Extractor.NAME_RULE || d.rule() == Extractor.GROUP_RULE;
        ModalityReader.Reading reading = named ? new ModalityReader.Reading(Modality.ASSERTED, null)
                : parts.modality().read(ps, d.trigger(), spans);
        String year = Quotes.year(q.text(), q.anchor());
        String predicate = d.trigger() >= 0 ? t.get(d.trigger()).text() : null;
        Evidence ev = new Evidence(parsed.document().id(), s.id(), q.segments(), q.text(), year, reading.modality(),
                reading.attribution(), d.rule().id(), d.rule().confidence(), predicate);
        entities.get(src.entityId()).used = true;
        entities.get(tgt.entityId()).used = true;
        String key = src.entityId() + "|" + type + "|" + tgt.entityId() + "|" + s.id();
        Edge existing = edges.get(key);
        if (existing == null || existing.evidence().confidence() < d.rule().confidence()) {
            edges.put(key, new Edge(src.entityId(), type, tgt.entityId(), ev));
        }
    }
}
