package org.tiegraph.extract;

import org.tiegraph.catalogue.Lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tiegraph.extract.nlp.ParsedSentence;
import org.tiegraph.extract.nlp.Token;

/**
 * Finds the lower-case noun phrases that name a party or a thing: item phrases headed by an item noun of the lexicon
 * with their descriptive modifiers ("aviation components", "military communications equipment", "mortar shells"), and
 * groups that a state qualifies ("Chinese companies", "North Korean troops"). A hyphenated modifier that holds a name
 * ("DPRK-origin", "Iranian-built") stays out of the phrase: the item is "ballistic missiles", not the origin.
 */
final class ItemFinder {

    /**
     * An item phrase, a group or a region: its tokens, the name to give it, the states or places that qualify a group
     * or region with the edge they give it (from the phrase, or to it when {@code inverse}), the place it is in with
     * the edge to it, and the catalogue item span it makes more specific ("mortar shells" over "shells"), if any.
     */
    record Phrase(int first, int last, String name, String idName, String type, List<Span> qualifiers,
                  String relation, boolean inverse, Span place, String placeRelation, Span replaces) {

        Phrase(int first, int last, String name, String idName, String type, Span replaces) {
            this(first, last, name, idName, type, List.of(), null, false, null, null, replaces);
        }
    }

    private final Lexicon lexicon;

    ItemFinder(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * Phrases over tokens no span covers: regions first ("southeastern China"), then groups, which a region or a
     * state may qualify ("two companies in southeastern China"), item phrases and other descriptive phrases.
     */
    List<Phrase> find(ParsedSentence s, List<Span> spans) {
        List<Token> t = s.tokens();
        List<Phrase> out = new ArrayList<>();
        List<Span> known = new ArrayList<>(spans);
        for (Token h : t) {
            if (lexicon.regionWords().contains(h.text().toLowerCase(Locale.ROOT)) && !covered(known, h.index())) {
                Span state = stateAt(known, h.index() + 1);
                if (state != null) {
                    String name = NameFinder.text(s, h.index(), state.last());
                    Phrase region = new Phrase(h.index(), state.last(), name, name, "Place", List.of(state),
                            "LOCATED_IN", false, null, null, null);
                    out.add(region);
                    known.add(new Span(region.first(), region.last(), Slugs.of(name), "Place", false));
                }
            }
        }
        for (Token h : t) {
            Span general = itemEndingAt(known, h.index());
            if (general != null) {
                Phrase specific = nounCompound(s, known, general);
                if (specific != null) {
                    out.add(specific);
                }
                continue;
            }
            if (!h.isNoun() || h.isProperNoun() || covered(known, h.index())) {
                continue;
            }
            String word = h.text().toLowerCase(Locale.ROOT);
            Lexicon.Group group = lexicon.groupHeads().get(word);
            if (group != null && !(h.index() + 1 < t.size()
                    && lexicon.groupHeads().containsKey(t.get(h.index() + 1).text().toLowerCase(Locale.ROOT)))) {
                group(s, known, h.index(), group, out);
                continue;
            }
            Lexicon.PhraseHead phrase = lexicon.phraseHeads().getOrDefault(word,
                    lexicon.phraseHeads().get(h.lemma().toLowerCase(Locale.ROOT)));
            if (phrase != null) {
                int first = modifiersStart(s, known, h.index());
                if (h.index() - first >= phrase.modifiers()) {
                    String written = NameFinder.text(s, first, h.index());
                    out.add(new Phrase(first, h.index(), capitalise(written), written, phrase.type(), null));
                }
                continue;
            }
            if (!lexicon.isItemHead(h.lemma(), true) || h.index() + 1 < t.size() && continuesCompound(s, h.index())) {
                continue;
            }
            int first = modifiersStart(s, known, h.index());
            if (first == h.index() && !lexicon.isItemHead(h.lemma(), false)) {
                continue;
            }
            String written = NameFinder.text(s, first, h.index());
            String idName = first == h.index() ? h.lemma()
                    : NameFinder.text(s, first, h.index() - 1) + " " + h.lemma();
            out.add(new Phrase(first, h.index(), capitalise(written), idName, "Item", null));
        }
        return out;
    }

    /**
     * A group noun qualified by states before it ("Chinese companies", "Sino-Russian military exercises") or by a
     * state, region or place it is in ("two companies in southeastern China", "Chinese firms in Xinjiang").
     */
    private void group(ParsedSentence s, List<Span> known, int h, Lexicon.Group group, List<Phrase> out) {
        List<Span> qualifiers = new ArrayList<>();
        int first = qualifiedStart(s, known, h, qualifiers);
        int run = h - 1;
        while (run >= 0 && !covered(known, run) && (s.tokens().get(run).tag().startsWith("JJ")
                || s.tokens().get(run).tag().startsWith("NN") || s.tokens().get(run).text().equals("-"))) {
            run--;
        }
        if (run >= 0 && namedBefore(known, run) || namedBefore(known, h + 1)) {
            return;
        }
        Span place = placeIn(s, known, h);
        if (place != null) {
            // "companies in southeastern China" are based in China too
            for (Phrase region : out) {
                if (region.first() == place.first() && region.last() == place.last() && "Place".equals(region.type())) {
                    region.qualifiers().stream().filter(q -> qualifiers.stream()
                            .noneMatch(x -> x.entityId().equals(q.entityId()))).forEach(qualifiers::add);
                }
            }
        }
        if (!qualifiers.isEmpty() || place != null && !group.inverse()) {
            int last = place != null ? place.last() : h;
            String name = NameFinder.text(s, first, last);
            out.add(new Phrase(first, last, name, name, group.type(), qualifiers, group.relation(), group.inverse(),
                    place, group.placeRelation(), null));
        }
    }

    /**
     * "the Sergeevka military base", "Russia-flagged vessel NEPTUN": a name that is not a state right before the
     * group noun's modifiers or right after it; the noun describes that name.
     */
    private static boolean namedBefore(List<Span> known, int k) {
        return known.stream().anyMatch(x -> x.covers(k) && !x.anaphor() && !"State".equals(x.type()));
    }

    /** "companies in Xinjiang": the state or place right after a group noun, introduced by "in". */
    private static Span placeIn(ParsedSentence s, List<Span> known, int h) {
        if (h + 2 >= s.tokens().size() || !s.tokens().get(h + 1).text().equalsIgnoreCase("in")) {
            return null;
        }
        int k = h + 2;
        if (s.tokens().get(k).text().equalsIgnoreCase("the") && k + 1 < s.tokens().size()) {
            k++;
        }
        for (Span x : known) {
            if (x.first() == k && !x.anaphor() && ("State".equals(x.type()) || "Place".equals(x.type()))) {
                return x;
            }
        }
        return null;
    }

    private static Span itemEndingAt(List<Span> spans, int h) {
        for (Span x : spans) {
            if (x.last() == h && "Item".equals(x.type()) && !x.anaphor()) {
                return x;
            }
        }
        return null;
    }

    /** "mortar shells": a noun compound before a catalogue item names a more specific kind of it. */
    private Phrase nounCompound(ParsedSentence s, List<Span> spans, Span general) {
        int before = general.first() - 1;
        if (before < 0 || covered(spans, before) || continuesCompound(s, general.last())) {
            return null; // "undersea gas pipeline": the item word only modifies another noun
        }
        Token m = s.tokens().get(before);
        if (!m.tag().equals("NN") && !m.tag().equals("NNS") || s.head(before) < general.first()
                || s.head(before) > general.last() || lexicon.itemModifiersDropped().contains(m.lemma())) {
            return null;
        }
        int first = modifiersStart(s, spans, general.first());
        if (first == general.first()) {
            return null;
        }
        Token h = s.tokens().get(general.last());
        String written = NameFinder.text(s, first, general.last());
        String idName = NameFinder.text(s, first, general.last() - 1) + " " + h.lemma();
        return new Phrase(first, general.last(), capitalise(written), idName, "Item", general);
    }

    private static boolean covered(List<Span> spans, int i) {
        return spans.stream().anyMatch(x -> x.covers(i));
    }

    /** Whether a span longer than {@code width} tokens covers token {@code i} ("southeastern China" over "China"). */
    private static boolean covered(List<Span> spans, int i, int width) {
        return spans.stream().anyMatch(x -> x.covers(i) && x.last() - x.first() + 1 > width);
    }

    /** "drone parts": the noun "drone" is a modifier of the next noun, not a head of its own. */
    private static boolean continuesCompound(ParsedSentence s, int i) {
        return s.head(i) > i && s.relation(i).startsWith("compound") && s.tokens().get(s.head(i)).isNoun();
    }

    /** The first token of the descriptive modifiers left of head {@code h}. */
    private int modifiersStart(ParsedSentence s, List<Span> spans, int h) {
        List<Token> t = s.tokens();
        int first = h;
        int k = h - 1;
        while (k >= 0) {
            int unitStart = k;
            while (unitStart > 0 && t.get(unitStart - 1).end() == t.get(unitStart).start()
                    && (t.get(unitStart).text().equals("-") || t.get(unitStart - 1).text().equals("-"))) {
                unitStart--;
            }
            if (!modifierUnit(s, spans, unitStart, k, h)) {
                break;
            }
            first = unitStart;
            k = unitStart - 1;
        }
        return first;
    }

    private boolean modifierUnit(ParsedSentence s, List<Span> spans, int a, int b, int h) {
        for (int i = a; i <= b; i++) {
            Token x = s.tokens().get(i);
            if (covered(spans, i) || lexicon.itemModifiersDropped().contains(x.text().toLowerCase(Locale.ROOT))) {
                return false;
            }
            // "25-year", "five-year": a number joined to a unit describes the thing
            boolean measure = x.tag().equals("CD") && (x.text().contains("-") || a < b);
            boolean shape = x.tag().startsWith("NN") || x.tag().equals("JJ") || x.tag().equals("VBN")
                    || x.tag().equals("HYPH") || x.text().equals("-") || measure;
            if (!shape) {
                return false;
            }
        }
        int head = s.head(b);
        return head > b && head <= h;
    }

    /**
     * The first token of a group phrase ending at head {@code h} whose modifiers include states ("Chinese companies",
     * "Chinese and Russian coast guards", "Sino-Russian military exercises"); the states go to {@code qualifiers}.
     */
    private int qualifiedStart(ParsedSentence s, List<Span> spans, int h, List<Span> qualifiers) {
        List<Token> t = s.tokens();
        int first = h;
        int k = h - 1;
        while (k >= 0) {
            Span state = stateEndingAt(spans, k);
            Token x = t.get(k);
            if (state != null) {
                qualifiers.add(state);
                first = state.first();
                k = state.first() - 1;
            } else if (covered(spans, k) || lexicon.itemModifiersDropped().contains(x.text().toLowerCase(Locale.ROOT))) {
                break;
            } else if ((x.text().equals("and") || x.text().equals(",")) && k > 0 && stateEndingAt(spans, k - 1) != null
                    && !qualifiers.isEmpty() && (t.get(k - 1).tag().startsWith("JJ") || t.get(k - 1).tag().startsWith("NNP"))
                    && !covered(spans, k - 1, 1)) {
                k--;
            } else if (x.tag().equals("JJ") || x.tag().equals("NN") || x.tag().equals("NNS") || x.text().equals("-")
                    || x.tag().equals("VBN")) {
                k--;
            } else {
                break;
            }
        }
        return first;
    }

    private static Span stateEndingAt(List<Span> spans, int k) {
        for (Span x : spans) {
            if (x.last() == k && !x.anaphor() && "State".equals(x.type())) {
                return x;
            }
        }
        return null;
    }

    private static Span stateAt(List<Span> spans, int k) {
        for (Span x : spans) {
            if (x.first() == k && !x.anaphor() && "State".equals(x.type())) {
                return x;
            }
        }
        return null;
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
