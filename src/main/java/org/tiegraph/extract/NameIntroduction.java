package org.tiegraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.tiegraph.extract.nlp.ParseHints;
import org.tiegraph.extract.nlp.TaggedSentence;
import org.tiegraph.extract.nlp.Token;
import org.tiegraph.extract.nlp.Words;
import org.tiegraph.ingest.Sentence;

/**
 * The first pass of a document's reading: the names each sentence introduces (typed discovered names and the short
 * forms defined for them) registered with the document's entities, the catalogue and document names of a sentence as
 * token spans, and the tags the parser should see for the words of those names.
 */
final class NameIntroduction {

    private static final Set<String> PLACES_AND_THINGS = Set.of("Place", "Infrastructure", "Item", "Vessel");

    private final Extractor.Parts parts;
    private final DocumentEntities entities;
    private final Set<String> unresolved;

    NameIntroduction(Extractor.Parts parts, DocumentEntities entities, Set<String> unresolved) {
        this.parts = parts;
        this.entities = entities;
        this.unresolved = unresolved;
    }

    /**
     * The tags the parser should see: proper nouns for capitalised name words, common nouns for the words of a
     * lower-case entity ("drone parts"), and a gerund for an "-ing" word the tagger read as an adjective right after a
     * preposition ("for producing drones for Russia": producing is what the companies did); and the multi-word names,
     * each of which the parser reads as one word.
     */
    ParseHints parseHints(Sentence s, TaggedSentence ts) {
        Map<Integer, String> out = new java.util.HashMap<>();
        List<ParseHints.Range> names = new ArrayList<>();
        List<Token> tokens = ts.tokens();
        for (int i = 1; i + 1 < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.text().endsWith("ing") && (t.tag().equals("JJ") || t.tag().equals("NN"))
                    && tokens.get(i - 1).tag().equals("IN") && !t.capitalized()
                    && (tokens.get(i + 1).tag().startsWith("NN") || tokens.get(i + 1).tag().startsWith("JJ")
                    || tokens.get(i + 1).tag().equals("DT"))) {
                out.put(i, "VBG");
            }
        }
        int finite = finiteAfterSubject(tokens);
        if (finite >= 0) {
            out.put(finite, "VBD");
        }
        for (Span x : gazetteerSpans(s, ts)) {
            boolean named = ts.tokens().get(x.first()).capitalized();
            if (named && x.last() > x.first()) {
                names.add(new ParseHints.Range(x.first(), x.last()));
            }
            for (int i = x.first(); i <= x.last(); i++) {
                Token t = ts.tokens().get(i);
                if (named && (t.capitalized() || Character.isDigit(t.text().codePointAt(0)) && i > x.first())) {
                    out.put(i, "NNP");
                } else if (!named && Character.isLetter(t.text().codePointAt(0))) {
                    out.put(i, "NN");
                }
            }
        }
        Set<Integer> idiomObjects = new java.util.HashSet<>();
        Set<Integer> instrumentVerbs = new java.util.HashSet<>();
        for (Token t : tokens) {
            if (t.tag().startsWith("NN") && parts.lexicon().idiomObjects().contains(t.lemma())) {
                idiomObjects.add(t.index());
            } else if (t.tag().startsWith("VB") && parts.lexicon().instrumentVerbs().contains(t.lemma())) {
                instrumentVerbs.add(t.index());
            }
        }
        return new ParseHints(out, names, idiomObjects, instrumentVerbs);
    }

    /**
     * "OFAC designated Kamchatka Shipping LLC": in a sentence without a finite verb, a past participle right after the
     * opening name is its verb (the tagger read "OFAC designated" as "OFAC-designated"); its index, or -1.
     */
    private static int finiteAfterSubject(List<Token> tokens) {
        int i = 0;
        if (i < tokens.size() && tokens.get(i).text().equals("Today")) {
            i += tokens.size() > 1 && tokens.get(1).text().equals(",") ? 2 : 1;
        }
        if (i < tokens.size() && tokens.get(i).text().equalsIgnoreCase("the")) {
            i++;
        }
        int subject = i;
        while (i < tokens.size() && tokens.get(i).isNoun() && tokens.get(i).capitalized()) {
            i++;
        }
        boolean finiteElsewhere = tokens.stream().anyMatch(t -> Set.of("VBD", "VBZ", "VBP", "MD").contains(t.tag()));
        return i > subject && i + 1 < tokens.size() && tokens.get(i).tag().equals("VBN")
                && !finiteElsewhere && (tokens.get(i + 1).isProperNoun() || tokens.get(i + 1).tag().equals("DT")
                || tokens.get(i + 1).tag().equals("CD")) ? i : -1;
    }

    void introduce(Sentence s, TaggedSentence ps) {
        if (ps.tokens().isEmpty()) {
            return;
        }
        List<Span> known = gazetteerSpans(s, ps);
        List<String> untyped = new ArrayList<>();
        List<Candidate> found = parts.names().find(ps, untyped);
        for (String u : untyped) {
            if (known.stream().noneMatch(k -> NameFinder.text(ps, k.first(), k.last()).contains(u)
                    || u.contains(NameFinder.text(ps, k.first(), k.last())))) {
                unresolved.add(u);
            }
        }
        List<Span> chosen = new ArrayList<>(known);
        List<Candidate> candidates = new ArrayList<>(found);
        for (Span k : known) {
            // "Government of Syria and Syrian Arab Airlines": a known name followed by "and" ends the run; "Russia's
            // Ministry of Defense", "the U.S. Treasury Department's Office of Foreign Assets Control": so does a known
            // name that owns what follows; a category of items does not ("China Oil and Petroleum Company Limited")
            for (Candidate c : List.copyOf(candidates)) {
                if (k.first() >= c.first() && k.last() + 2 <= c.last() && !"Item".equals(k.type())
                        && (k.first() == c.first() && isAnd(ps, k.last() + 1)
                        || NameFinder.possessive(ps.tokens().get(k.last() + 1)))) {
                    Candidate rest = parts.names().typed(ps, k.last() + 2, c.last());
                    candidates.remove(c);
                    if (rest != null) {
                        candidates.add(rest);
                    }
                }
            }
        }
        for (Candidate c : candidates) {
            Span governed = governedState(ps, known, c);
            if (governed != null) {
                // "the Government of the Russian Federation (GoR)": the state, and the short form it defines
                // the whole phrase names the state too, so that the parser reads it as one name
                DocumentEntities.Builder state = entities.get(governed.entityId());
                entities.alias(state, c.name());
                String alias = Brackets.shortForm(ps, c.first(), c.last());
                if (alias != null) {
                    entities.alias(state, alias);
                }
            }
            if (governed != null || onlyStates(ps, known, c) || stateBeforeKnownPlace(known, c)) {
                continue;
            }
            if (describesQuotedName(ps, chosen, c)) {
                continue; // "Russian Private Military Company “Wagner”": the words before the quoted name describe it
            }
            if (shortFormOfOther(ps, chosen, candidates, c)) {
                continue; // "… Aerospace Force (IRGC ASF)": the short form is an alias of the name before it
            }
            String shortForm = Brackets.shortForm(ps, c.first(), c.last());
            DocumentEntities.Builder same = shortForm == null ? null : entities.withAlias(shortForm);
            if (same != null && (same.type.equals(c.type()) || parts.catalogue().isA(c.type(), same.type))) {
                // "its Aerospace Force (IRGC ASF)": a name with the short form of one named before is that one
                entities.alias(same, c.name());
                chosen.removeIf(k -> k.overlaps(c.first(), c.last()));
                chosen.add(new Span(c.first(), c.last(), same.id, same.type, false));
                continue;
            }
            Span named = otherNameOf(ps, chosen, c);
            if (named != null) {
                entities.alias(entities.get(named.entityId()), c.name());
                continue;
            }
            boolean longer = known.stream().filter(k -> k.overlaps(c.first(), c.last()))
                    .allMatch(k -> k.last() - k.first() < c.last() - c.first() && k.first() >= c.first()
                            && k.last() <= c.last() && !joined(ps, k, c));
            String surname = c.length() == 1 && "Person".equals(c.type()) ? entities.personBySurname(c.name()) : null;
            if (!longer || surname != null && !surname.isEmpty()) {
                continue;
            }
            DocumentEntities.Builder b = entities.discovered(c.type(), c.name(),
                    "Person".equals(c.type()) ? withoutInitials(c.name()) : c.name());
            c.aliases().forEach(a -> entities.alias(b, a));
            entities.alias(b, c.name());
            c.properties().forEach(b.properties::putIfAbsent);
            chosen.removeIf(k -> k.overlaps(c.first(), c.last()));
            chosen.add(new Span(c.first(), c.last(), b.id, b.type, false));
        }
        for (Span x : chosen) {
            String alias = Brackets.shortForm(ps, x.first(), x.last());
            if (alias != null) {
                entities.alias(entities.get(x.entityId()), alias);
            }
        }
    }

    /**
     * "Chief of the Russian General Staff", "US Treasury and US Department of Commerce": a run of capitals that joins a
     * catalogue organisation or place to other words with "of", "and" or "for" is not one name; the catalogue's wins.
     * A state inside a name ("Russian Coast Guard", "China-Iran Joint Military Commission") is only its qualifier.
     */
    private static boolean joined(Words ps, Span known, Candidate c) {
        // a state qualifies a name; a category of items ("Defense Technology and Science Research Center") is words of it
        if ("State".equals(known.type()) || "Item".equals(known.type())) {
            return false;
        }
        Set<String> connectors = Set.of("of", "and", "for", "&", ",", "the");
        List<Token> t = ps.tokens();
        boolean before = known.first() > c.first()
                && connectors.contains(t.get(known.first() - 1).text().toLowerCase(java.util.Locale.ROOT));
        boolean after = known.last() < c.last()
                && connectors.contains(t.get(known.last() + 1).text().toLowerCase(java.util.Locale.ROOT));
        return before || after;
    }

    /** "Janet L. Yellen" is Janet Yellen: a person's middle initials do not make another person. */
    static String withoutInitials(String name) {
        String[] words = name.split(" ");
        if (words.length < 3) {
            return name;
        }
        StringBuilder b = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            if (i == words.length - 1 || !words[i].matches("\\p{Lu}\\.")) {
                b.append(' ').append(words[i]);
            }
        }
        return b.toString();
    }

    /**
     * "Russia-North Korea", "Sino-Russian", "Pyongyang Beijing": a run made only of states (and hyphens) names a
     * relation between them, not an entity of its own.
     */
    private static boolean onlyStates(Words ps, List<Span> known, Candidate c) {
        for (int i = c.first(); i <= c.last(); i++) {
            int token = i;
            boolean state = known.stream().anyMatch(k -> "State".equals(k.type()) && k.covers(token));
            if (!state && !ps.tokens().get(i).text().equals("-")) {
                return false;
            }
        }
        return true;
    }

    /**
     * "the Russian Northern Sea Route", "Iranian Shahed-136": a state's adjective before a catalogue place, route or
     * item is no new name; the catalogue's name stands, and the adjective is read by the relation rules.
     */
    private static boolean stateBeforeKnownPlace(List<Span> known, Candidate c) {
        Span state = known.stream().filter(k -> "State".equals(k.type()) && k.first() == c.first()).findFirst()
                .orElse(null);
        return state != null && known.stream().anyMatch(k -> k.first() == state.last() + 1 && k.last() == c.last()
                && PLACES_AND_THINGS.contains(k.type()));
    }

    /** "Government of the Russian Federation" is the state it names: that state's span, or null. */
    private Span governedState(Words ps, List<Span> known, Candidate c) {
        List<Token> t = ps.tokens();
        boolean government = c.last() > c.first() + 1 && t.get(c.first() + 1).text().equals("of")
                && parts.lexicon().referenceNouns().contains(t.get(c.first()).text().toLowerCase(Locale.ROOT));
        return !government ? null : known.stream()
                .filter(k -> "State".equals(k.type()) && k.overlaps(c.first(), c.last())).findFirst().orElse(null);
    }

    /**
     * "The IRGC ASF, also known as the IRGC Air Force", "Alpha Tech (a.k.a. Alpha Technologies)": the name another one
     * is also known by, which is an alias of it and no entity of its own; null when the words before say otherwise.
     */
    private Span otherNameOf(Words ps, List<Span> chosen, Candidate c) {
        List<Token> t = ps.tokens();
        int k = c.first() - 1;
        if (k >= 0 && t.get(k).text().equalsIgnoreCase("the")) {
            k--;
        }
        int cue = -1;
        for (String words : parts.lexicon().aliasCues()) {
            String[] w = words.split(" ");
            int from = k - w.length + 1;
            boolean matches = from >= 0;
            for (int j = 0; matches && j < w.length; j++) {
                matches = t.get(from + j).text().equalsIgnoreCase(w[j]);
            }
            cue = matches ? Math.max(cue, w.length) : cue;
        }
        k -= cue;
        if (cue < 0 || k < 1 || !(t.get(k).text().equals(",") || t.get(k).text().equals("("))) {
            return null;
        }
        int end = k - 1;
        return chosen.stream().filter(x -> x.last() == end && !x.anaphor() && !"State".equals(x.type()))
                .findFirst().orElse(null);
    }

    private static boolean describesQuotedName(Words ps, List<Span> chosen, Candidate c) {
        List<Token> t = ps.tokens();
        int open = c.last() + 1;
        return open + 1 < t.size() && Set.of("“", "\"", "‘", "``").contains(t.get(open).text())
                && chosen.stream().anyMatch(x -> x.first() == open + 1 && !x.anaphor());
    }

    private static boolean shortFormOfOther(Words ps, List<Span> chosen, List<Candidate> candidates, Candidate c) {
        List<Token> t = ps.tokens();
        if (c.first() < 2 || !t.get(c.first() - 1).text().equals("(")) {
            return false;
        }
        int end = c.first() - 2;
        java.util.function.IntPredicate definesIt = first -> c.name().equals(Brackets.shortForm(ps, first, end));
        return chosen.stream().anyMatch(x -> x.last() == end && !x.anaphor() && definesIt.test(x.first()))
                || candidates.stream().anyMatch(x -> x.last() == end && definesIt.test(x.first()));
    }

    private static boolean isAnd(Words ps, int i) {
        String w = ps.tokens().get(i).text();
        return w.equalsIgnoreCase("and") || w.equals("&");
    }

    /** The catalogue and document names in a sentence, longest first, as token spans. */
    List<Span> gazetteerSpans(Sentence s, Words ps) {
        String masked = DocumentReading.maskUrls(s.text());
        List<Gazetteer.Match> all = new ArrayList<>(entities.local().findAll(masked));
        all.addAll(parts.known().findAll(masked));
        List<Span> out = new ArrayList<>();
        for (Gazetteer.Match m : Gazetteer.longestNonOverlapping(all)) {
            int first = -1;
            int last = -1;
            for (Token t : ps.tokens()) {
                if (t.end() > m.start() && t.start() < m.end()) {
                    first = first < 0 ? t.index() : first;
                    last = t.index();
                }
            }
            if (first >= 0) {
                Gazetteer.Target target = m.targets().getFirst();
                String type = entities.get(target.entityId()).type;
                out.add(new Span(first, last, target.entityId(), type, false));
            }
        }
        return out;
    }
}
