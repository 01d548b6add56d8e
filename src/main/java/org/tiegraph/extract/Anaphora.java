package org.tiegraph.extract;

import org.tiegraph.catalogue.Lexicon;

import edu.stanford.nlp.ling.IndexedWord;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.tiegraph.extract.nlp.ParsedSentence;
import org.tiegraph.extract.nlp.Token;

/**
 * Resolves, within one document, the words that refer back to an entity named shortly before: personal pronouns to
 * the person named last ("he", "his"), and definite descriptions to the one entity of their type named in the last
 * few sentences ("the company", "the vessel", "the treaty"). A reference is resolved only when exactly one entity
 * fits; the span it gives is marked as an anaphor, so the phrase never becomes an alias.
 */
final class Anaphora {

    private static final int WINDOW = 3;
    private static final Set<String> WINDOW_UNIQUE = Set.of("Place", "State", "Organization", "Company",
            "GovernmentBody", "MilitaryForce", "Person", "Infrastructure");
    private static final Set<String> PERSONAL = Set.of("he", "she", "him", "her", "his", "hers");
    private static final Set<String> DEFINITE = Set.of("the", "this", "that");
    private static final Set<String> IMPERSONAL = Set.of("it", "they", "its", "their");
    private static final Set<String> POSSESSIVE = Set.of("its");
    private static final Set<String> OWNERS = Set.of("State", "Organization", "Company", "GovernmentBody",
            "MilitaryForce", "InternationalOrganization");
    private static final Set<String> FIRST_PLURAL = Set.of("we", "us", "our", "ours");
    private static final Set<String> GROUP_NOUNS = Set.of("countries", "nations", "governments", "states", "allies",
            "partners", "sides", "parties");
    private static final Map<String, Integer> NUMBERS = Map.of("two", 2, "three", 3, "four", 4, "five", 5, "both", 2);

    /** An entity seen in sentence {@code sentence}. */
    private record Seen(String entityId, String type, int sentence, boolean generic) {
    }

    /** States that were subjects of one verb together in sentence {@code sentence}. */
    private record Group(List<String> states, int sentence) {
    }

    private final Lexicon lexicon;
    private final List<Seen> seen = new ArrayList<>();
    private final List<Group> subjectGroups = new ArrayList<>();
    /** The states a document speaks for ("We, the leaders of Japan, the ROK and the United States, …"). */
    private final List<Span> speakers = new ArrayList<>();

    Anaphora(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * Records the entities named in sentence {@code index} (call after {@link #resolve}), and the states that are
     * subjects of one verb together ("China and Russia held …"): what "both countries" later means.
     */
    void saw(ParsedSentence s, List<Span> spans, int index, Set<String> generic) {
        for (Span x : spans) {
            if (!x.anaphor()) {
                seen.add(new Seen(x.entityId(), x.type(), index, generic.contains(x.entityId())));
            }
        }
        seen.removeIf(x -> x.sentence() < index - WINDOW);
        for (var verb : s.enhanced().vertexSet()) {
            Set<String> subjects = new LinkedHashSet<>();
            for (var e : s.enhanced().outgoingEdgeList(verb)) {
                Span x = e.getRelation().toString().startsWith("nsubj")
                        ? RelationMatcher.covering(spans, ParsedSentence.indexOf(e.getDependent())) : null;
                if (x != null && "State".equals(x.type())) {
                    subjects.add(x.entityId());
                }
            }
            if (subjects.size() >= 2) {
                subjectGroups.add(new Group(List.copyOf(subjects), index));
            }
        }
        subjectGroups.removeIf(g -> g.sentence() < index - WINDOW);
    }

    /** Spans for the references of sentence {@code index} that resolve; {@code spans} are its named entities. */
    List<Span> resolve(ParsedSentence s, List<Span> spans, int index) {
        List<Span> out = new ArrayList<>();
        List<Token> t = s.tokens();
        defineSpeakers(t, spans);
        for (Token x : t) {
            if (RelationMatcher.covering(spans, x.index()) != null) {
                continue;
            }
            String w = x.text().toLowerCase(Locale.ROOT);
            if (FIRST_PLURAL.contains(w) && x.tag().startsWith("PRP") && !speakers.isEmpty()) {
                speakers.forEach(p -> out.add(new Span(x.index(), x.index(), p.entityId(), p.type(), true)));
            } else if (GROUP_NOUNS.contains(w) && x.index() > 0
                    && NUMBERS.get(t.get(x.index() - 1).text().toLowerCase(Locale.ROOT)) instanceof Integer n) {
                List<String> states = n == speakers.size() && x.index() > 1
                        && FIRST_PLURAL.contains(t.get(x.index() - 2).text().toLowerCase(Locale.ROOT))
                        ? speakers.stream().map(Span::entityId).toList() : latestStates(spans, x.index(), index, n);
                states.forEach(id -> out.add(new Span(x.index() - 1, x.index(), id, "State", true)));
            } else if (POSSESSIVE.contains(w) && owner(s, spans, x.index()) instanceof Span owner) {
                out.add(new Span(x.index(), x.index(), owner.entityId(), owner.type(), true));
            } else if (IMPERSONAL.contains(w) && x.tag().startsWith("PRP")) {
                Span speaker = reporter(s, spans, x.index());
                Span happening = speaker == null ? happening(s, spans, x.index(), index) : null;
                List<Span> shared = speaker == null && happening == null ? coordinated(s, spans, x.index(), w)
                        : List.of();
                if (speaker != null) {
                    out.add(new Span(x.index(), x.index(), speaker.entityId(), speaker.type(), true));
                } else if (happening != null) {
                    out.add(happening);
                }
                shared.forEach(o -> out.add(new Span(x.index(), x.index(), o.entityId(), o.type(), true)));
            } else if (PERSONAL.contains(w) && x.tag().startsWith("PRP")) {
                String person = latest("Person", spans, x.index(), index, true);
                if (person != null) {
                    out.add(new Span(x.index(), x.index(), person, "Person", true));
                }
            } else if (x.isNoun() && !x.isProperNoun() && determiner(t, x.index()) >= 0
                    && !namedAfter(t, x.index())) {
                String type = typeOf(w);
                if (type != null) {
                    String entity = unique(type, spans, x.index(), index);
                    if (entity != null) {
                        out.add(new Span(determiner(t, x.index()), x.index(), entity, type, true));
                    }
                }
            }
        }
        return out;
    }

    /**
     * "We, the leaders of Japan, the Republic of Korea and the United States, …": a sentence that opens with "We" and
     * an apposition naming two or more states defines who "we" is for the rest of the document.
     */
    private void defineSpeakers(List<Token> t, List<Span> spans) {
        if (t.size() < 3 || !t.get(0).text().equals("We") || !t.get(1).text().equals(",")) {
            return;
        }
        int end = 2;
        while (end < t.size() && !t.get(end).isVerb()) {
            end++;
        }
        List<Span> states = new ArrayList<>();
        for (Span x : spans) {
            if ("State".equals(x.type()) && !x.anaphor() && x.last() < end
                    && states.stream().noneMatch(o -> o.entityId().equals(x.entityId()))) {
                states.add(x);
            }
        }
        if (states.size() >= 2) {
            speakers.clear();
            speakers.addAll(states);
        }
    }

    /**
     * The {@code n} states "the two countries" means: the latest group of that many states that were subjects
     * together, else the last {@code n} distinct states named before the token; none when fewer were named.
     */
    private List<String> latestStates(List<Span> spans, int token, int index, int n) {
        for (int i = subjectGroups.size() - 1; i >= 0; i--) {
            if (subjectGroups.get(i).states().size() == n) {
                return subjectGroups.get(i).states();
            }
        }
        Set<String> found = new LinkedHashSet<>();
        for (int i = spans.size() - 1; i >= 0 && found.size() < n; i--) {
            Span x = spans.get(i);
            if (x.last() < token && "State".equals(x.type()) && !x.anaphor()) {
                found.add(x.entityId());
            }
        }
        for (int i = seen.size() - 1; i >= 0 && found.size() < n; i--) {
            Seen x = seen.get(i);
            if ("State".equals(x.type()) && x.sentence() >= index - WINDOW) {
                found.add(x.entityId());
            }
        }
        return found.size() == n ? List.copyOf(found) : List.of();
    }

    /**
     * "The Chinese government claims it does not send …": "it" as the subject of what a reporting verb reports is the
     * one who reports, when that is a named entity.
     */
    private Span reporter(ParsedSentence s, List<Span> spans, int pronoun) {
        var g = s.enhanced();
        for (var verb : clausesAbove(s, pronoun, "ccomp")) {
            String lemma = verb.lemma() == null ? "" : verb.lemma().toLowerCase(Locale.ROOT);
            if (!lexicon.modality().reporting().contains(lemma) && !lexicon.modality().attributing().contains(lemma)
                    && !lexicon.modality().denying().contains(lemma)) {
                continue;
            }
            for (var e : g.outgoingEdgeList(verb)) {
                if (e.getRelation().toString().startsWith("nsubj")) {
                    Span x = RelationMatcher.covering(spans, ParsedSentence.indexOf(e.getDependent()));
                    if (x != null && !"Person".equals(x.type())) {
                        return x;
                    }
                }
            }
        }
        return null;
    }

    /**
     * The verbs above the clauses whose subject is the pronoun at {@code pronoun}, by a clause relation starting with
     * {@code relation} ("said" over "it does not send" by ccomp; "was blocked" over "it was listed" by conj).
     */
    private static List<IndexedWord> clausesAbove(ParsedSentence s, int pronoun, String relation) {
        var g = s.enhanced();
        var node = g.getNodeByIndexSafe(pronoun + 1);
        List<IndexedWord> out = new ArrayList<>();
        if (node == null) {
            return out;
        }
        for (var subj : g.incomingEdgeList(node)) {
            if (subj.getRelation().toString().startsWith("nsubj")) {
                for (var clause : g.incomingEdgeList(subj.getGovernor())) {
                    if (clause.getRelation().toString().startsWith(relation)) {
                        out.add(clause.getGovernor());
                    }
                }
            }
        }
        return out;
    }

    /**
     * "Iran's IRGC and its Aerospace Force", "iJet has used its branch in Syria": "its" is the organisation or state
     * its noun is coordinated with, else the subject of the verb over it, when that is a named organisation or state.
     */
    private static Span owner(ParsedSentence s, List<Span> spans, int pronoun) {
        var g = s.enhanced();
        var node = g.getNodeByIndexSafe(pronoun + 1);
        if (node == null) {
            return null;
        }
        for (var poss : g.incomingEdgeList(node)) {
            if (!poss.getRelation().toString().equals("nmod:poss")) {
                continue;
            }
            var noun = poss.getGovernor();
            for (var conj : g.incomingEdgeList(noun)) {
                Span first = conj.getRelation().toString().startsWith("conj")
                        ? RelationMatcher.covering(spans, ParsedSentence.indexOf(conj.getGovernor())) : null;
                if (owns(first)) {
                    return first;
                }
            }
            for (var up : g.incomingEdgeList(noun)) {
                if (!up.getRelation().toString().matches("obj|obl.*|nsubj.*")) {
                    continue;
                }
                for (var subj : g.outgoingEdgeList(up.getGovernor())) {
                    Span x = subj.getRelation().toString().startsWith("nsubj") && !subj.getDependent().equals(noun)
                            ? RelationMatcher.covering(spans, ParsedSentence.indexOf(subj.getDependent())) : null;
                    if (owns(x)) {
                        return x;
                    }
                }
            }
        }
        return null;
    }

    /**
     * "The vessel was blocked by the United States, and subsequently it was listed by the UN": "it" (or "they") as the
     * subject of a clause coordinated with an earlier one is that clause's named subject (one for "it", several for
     * "they").
     */
    private static List<Span> coordinated(ParsedSentence s, List<Span> spans, int pronoun, String word) {
        if (!word.equals("it") && !word.equals("they")) {
            return List.of();
        }
        for (var verb : clausesAbove(s, pronoun, "conj")) {
            List<Span> named = new ArrayList<>();
            for (var e : s.enhanced().outgoingEdgeList(verb)) {
                Span x = e.getRelation().toString().startsWith("nsubj")
                        ? RelationMatcher.covering(spans, ParsedSentence.indexOf(e.getDependent())) : null;
                if (x != null && !x.anaphor() && x.last() < pronoun && !"Person".equals(x.type())) {
                    named.add(x);
                }
            }
            if (word.equals("it") ? named.size() == 1 : named.size() > 1) {
                return named;
            }
        }
        return List.of();
    }

    private static boolean owns(Span x) {
        return x != null && !x.anaphor() && OWNERS.contains(x.type());
    }

    /**
     * The index of the definite determiner of the noun at {@code noun}, across at most two adjectives ("the treaty",
     * "the trilateral exercise"), or -1.
     */
    private static int determiner(List<Token> t, int noun) {
        for (int i = noun - 1; i >= 0 && i >= noun - 3; i--) {
            String w = t.get(i).text().toLowerCase(Locale.ROOT);
            if (DEFINITE.contains(w)) {
                return i;
            }
            if (!t.get(i).tag().startsWith("JJ")) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * "In 2019, they were held in the Gulf of Oman": "they" or "it" as the subject of a verb of happening is the one
     * exercise or event named in the last few sentences.
     */
    private Span happening(ParsedSentence s, List<Span> spans, int pronoun, int index) {
        var node = s.enhanced().getNodeByIndexSafe(pronoun + 1);
        if (node == null) {
            return null;
        }
        for (var e : s.enhanced().incomingEdgeList(node)) {
            String verb = e.getGovernor().lemma() == null ? "" : e.getGovernor().lemma().toLowerCase(Locale.ROOT);
            if (e.getRelation().toString().startsWith("nsubj") && lexicon.eventVerbs().contains(verb)) {
                String exercise = unique("Exercise", spans, pronoun, index);
                String event = unique("Event", spans, pronoun, index);
                if (exercise != null && event == null) {
                    return new Span(pronoun, pronoun, exercise, "Exercise", true);
                }
                if (event != null && exercise == null) {
                    return new Span(pronoun, pronoun, event, "Event", true);
                }
            }
        }
        return null;
    }

    private String typeOf(String noun) {
        if (lexicon.vesselCues().contains(noun)) {
            return "Vessel";
        }
        String type = lexicon.nameType(noun);
        return "Event".equals(type) || "Initiative".equals(type) ? null : type;
    }

    /** "the vessel NEPTUN", "the company, Verus LLC": the noun introduces a name instead of referring back. */
    private static boolean namedAfter(List<Token> t, int i) {
        int k = i + 1;
        if (k < t.size() && t.get(k).text().equals(",")) {
            k++;
        }
        return k < t.size() && (t.get(k).isProperNoun() || k == i + 1 && t.get(k).text().equals("of"));
    }

    /** The person named last before token {@code token} (this sentence first, then the window). */
    private String latest(String type, List<Span> spans, int token, int index, boolean personal) {
        for (int i = spans.size() - 1; i >= 0; i--) {
            Span x = spans.get(i);
            if (x.last() < token && type.equals(x.type()) && !x.anaphor()) {
                return x.entityId();
            }
        }
        Set<String> recent = new LinkedHashSet<>();
        for (int i = seen.size() - 1; i >= 0; i--) {
            Seen x = seen.get(i);
            if (type.equals(x.type()) && x.sentence() >= index - (personal ? 2 : WINDOW)) {
                recent.add(x.entityId());
            }
        }
        return recent.size() == 1 ? recent.iterator().next() : null;
    }

    /**
     * The one entity of {@code type} named before the token in this sentence, else in the nearest sentence of the
     * window that names one of that type; null when that sentence names several.
     */
    private String unique(String type, List<Span> spans, int token, int index) {
        Set<String> candidates = new LinkedHashSet<>();
        for (Span x : spans) {
            if (x.last() < token && type.equals(x.type()) && !x.anaphor()) {
                candidates.add(x.entityId());
            }
        }
        // else, for the rarer kinds (an exercise, a treaty, a vessel), the nearest earlier sentence that names any;
        // places and organisations must be the only one of their type in the whole window
        boolean wholeWindow = WINDOW_UNIQUE.contains(type);
        for (int back = index - 1; candidates.isEmpty() && back >= index - WINDOW; back--) {
            for (Seen x : seen) {
                boolean inReach = wholeWindow ? x.sentence() >= index - WINDOW : x.sentence() == back;
                if (type.equals(x.type()) && !x.generic() && inReach) {
                    candidates.add(x.entityId());
                }
            }
        }
        return candidates.size() == 1 ? candidates.iterator().next() : null;
    }
}
