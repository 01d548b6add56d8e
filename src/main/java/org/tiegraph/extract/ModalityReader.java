package org.tiegraph.extract;

import org.tiegraph.catalogue.Modality;
import org.tiegraph.catalogue.Lexicon;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.tiegraph.extract.nlp.ParsedSentence;
import org.tiegraph.extract.nlp.Token;

/**
 * Reads how certain a sentence is about the fact at a trigger word, from the dependency graph: a negation on the
 * trigger or on a verb that governs it ("did not sanction", "denies sending"), a modal or hedge ("may have supplied",
 * "likely acted"), a plan or proposal ("plans to hold", "proposed a trilateral exercise"), a report ("European
 * intelligence agencies claim that…", "according to Reuters") with who says so, or a statement of fact.
 */
final class ModalityReader {

    /** The modality of a fact and who it is attributed to (null: the document itself). */
    record Reading(Modality modality, String attribution) {
    }

    private static final int GOVERNOR_DEPTH = 3;
    private static final Set<String> ARTICLES = Set.of("the", "a", "an", "this", "that", "these", "those");
    private static final Set<String> CLAUSAL = Set.of("xcomp", "ccomp", "advcl", "csubj", "acl", "dep");
    private static final Set<String> NOMINAL = Set.of("obj", "nmod", "nsubj:pass");

    private final Lexicon.ModalityCues cues;

    ModalityReader(Lexicon lexicon) {
        this.cues = lexicon.modality();
    }

    Reading read(ParsedSentence s, int trigger, List<Span> spans) {
        String lower = s.text().toLowerCase(Locale.ROOT);
        boolean unrealised = cues.unrealised().stream().anyMatch(lower::contains);
        if (trigger < 0 || s.enhanced().getNodeByIndexSafe(trigger + 1) == null) {
            return new Reading(hedged(s, null) ? Modality.REPORTED : Modality.ASSERTED, null);
        }
        SemanticGraph g = s.enhanced();
        IndexedWord node = g.getNodeByIndexSafe(trigger + 1);
        Modality modality = Modality.ASSERTED;
        String attribution = null;
        boolean reportedBy = false;
        boolean knowing = false;
        Set<IndexedWord> seen = new HashSet<>();
        for (int depth = 0; node != null && depth <= GOVERNOR_DEPTH && seen.add(node); depth++) {
            Modality own = own(g, node, depth == 0 || knowing);
            modality = stronger(modality, own);
            String source = accordingTo(s, g, node, spans);
            if (source != null && attribution == null) {
                attribution = source;
                reportedBy = true;
                modality = stronger(modality, Modality.REPORTED);
            }
            IndexedWord governor = clausalGovernor(g, node);
            if (governor == null || concession(g, node) || speaker(g, governor, node)) {
                break;
            }
            String lemma = lemma(governor);
            knowing |= cues.knowing().contains(lemma);
            if (cues.denying().contains(lemma) && !knowing) {
                modality = stronger(modality, Modality.DENIED);
            } else if (cues.planned().contains(lemma)) {
                modality = stronger(modality, Modality.PLANNED);
            } else if (cues.reporting().contains(lemma) || cues.attributing().contains(lemma)) {
                if (cues.reporting().contains(lemma)) {
                    reportedBy = true;
                    modality = stronger(modality, Modality.REPORTED);
                }
                String speaker = subjectText(s, g, governor, spans);
                if (speaker != null && attribution == null) {
                    attribution = speaker;
                }
            }
            node = governor;
        }
        if (unrealised && modality == Modality.PLANNED) {
            modality = Modality.DENIED;
        }
        if (attribution == null) {
            // "according to X" scopes the whole sentence when the parse hangs it elsewhere
            for (SemanticGraphEdge e : g.edgeListSorted()) {
                if (e.getRelation().toString().endsWith(":according_to")) {
                    attribution = phrase(s, ParsedSentence.indexOf(e.getDependent()), spans);
                    reportedBy = attribution != null;
                    modality = stronger(modality, Modality.REPORTED);
                    break;
                }
            }
        }
        if (modality == Modality.ASSERTED && hedged(s, node)) {
            modality = Modality.REPORTED;
        }
        if (modality == Modality.POSSIBLE && reportedBy) {
            modality = Modality.REPORTED;
        }
        return new Reading(modality, attribution);
    }

    /** Negation, modals and hedges attached to one word. */
    private Modality own(SemanticGraph g, IndexedWord node, boolean trigger) {
        Modality m = Modality.ASSERTED;
        for (SemanticGraphEdge e : g.outgoingEdgeList(node)) {
            String rel = e.getRelation().toString();
            String lemma = lemma(e.getDependent());
            if ((rel.equals("advmod") || rel.equals("neg") || rel.equals("det") || rel.startsWith("aux"))
                    && cues.negations().contains(lemma)) {
                m = stronger(m, Modality.DENIED);
            } else if ((rel.startsWith("aux") || rel.equals("advmod")) && cues.possible().contains(lemma)) {
                m = stronger(m, Modality.POSSIBLE);
            } else if (rel.startsWith("aux") && cues.planned().contains(lemma)) {
                m = stronger(m, Modality.PLANNED);
            } else if (rel.equals("advmod") && cues.hedges().contains(lemma)) {
                m = stronger(m, Modality.REPORTED);
            }
        }
        if (!trigger && cues.denying().contains(lemma(node))) {
            m = stronger(m, Modality.DENIED);
        }
        return m;
    }

    /**
     * "…,” said Secretary of the Treasury Janet Yellen": the noun the parse hung on a reporting verb as its complement
     * is who speaks, and what its words say about the speaker is not reported.
     */
    private boolean speaker(SemanticGraph g, IndexedWord verb, IndexedWord node) {
        if (node.tag() == null || !node.tag().startsWith("NN") || !cues.reporting().contains(lemma(verb))) {
            return false;
        }
        for (SemanticGraphEdge e : g.getAllEdges(verb, node)) {
            String rel = e.getRelation().toString();
            if (rel.startsWith("nsubj") || rel.equals("xcomp")) {
                return true;
            }
        }
        return false;
    }

    /** "There have been no exercises, although X reported that …": a concession stands on its own. */
    private boolean concession(SemanticGraph g, IndexedWord clause) {
        for (SemanticGraphEdge e : g.outgoingEdgeList(clause)) {
            if (e.getRelation().toString().equals("mark") && cues.concessive().contains(lemma(e.getDependent()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The word governing a clause ("plans to buy": plans) or, for a noun, the word it is an argument of ("restricted
     * any resumption of arms sales": resumption, then restricted).
     */
    private static IndexedWord clausalGovernor(SemanticGraph g, IndexedWord node) {
        boolean noun = node.tag() != null && node.tag().startsWith("NN");
        for (SemanticGraphEdge e : g.incomingEdgeList(node)) {
            String rel = e.getRelation().toString();
            int colon = rel.indexOf(':');
            String base = colon < 0 ? rel : rel.substring(0, colon);
            if (CLAUSAL.contains(base) || noun && NOMINAL.contains(base)) {
                return e.getGovernor();
            }
        }
        return null;
    }

    /** "according to X" on this word: X's text. */
    private static String accordingTo(ParsedSentence s, SemanticGraph g, IndexedWord node, List<Span> spans) {
        for (SemanticGraphEdge e : g.outgoingEdgeList(node)) {
            if (e.getRelation().toString().equals("obl:according_to")) {
                return phrase(s, ParsedSentence.indexOf(e.getDependent()), spans);
            }
        }
        return null;
    }

    /** Who a reporting verb's active subject is ("European intelligence agencies claim"); "X is believed" has none. */
    private static String subjectText(ParsedSentence s, SemanticGraph g, IndexedWord verb, List<Span> spans) {
        for (SemanticGraphEdge e : g.outgoingEdgeList(verb)) {
            String rel = e.getRelation().toString();
            if (rel.equals("nsubj") || rel.equals("nsubj:xsubj")) {
                return phrase(s, ParsedSentence.indexOf(e.getDependent()), spans);
            }
        }
        return null;
    }

    /** The noun phrase a head word stands for: its entity span, else the head with its left modifiers. */
    private static String phrase(ParsedSentence s, int head, List<Span> spans) {
        Span covering = RelationMatcher.covering(spans, head);
        if (covering != null) {
            return NameFinder.text(s, covering.first(), covering.last());
        }
        List<Token> t = s.tokens();
        int first = head;
        while (first > 0 && s.head(first - 1) == head && !ARTICLES.contains(t.get(first - 1).text().toLowerCase(Locale.ROOT))
                && !t.get(first - 1).tag().equals("PRP$") && !t.get(first - 1).text().equals(",")) {
            first--;
        }
        Token h = t.get(head);
        if (h.tag().startsWith("PRP") || h.tag().equals("WDT")) {
            return null;
        }
        return NameFinder.text(s, first, head);
    }

    /**
     * A hedge in the sentence, unless it sits in a subordinate clause that does not hold the trigger ("OFAC targeted
     * the network, which has allegedly enabled Russia …", "BIS added 40 entities for allegedly supporting …": the
     * targeting and the adding are not what is alleged); with no trigger (an edge read off a name), in any.
     */
    private boolean hedged(ParsedSentence s, IndexedWord trigger) {
        SemanticGraph g = s.enhanced();
        for (Token t : s.tokens()) {
            IndexedWord h = cues.hedges().contains(t.text().toLowerCase(Locale.ROOT))
                    ? g.getNodeByIndexSafe(t.index() + 1) : null;
            if (h != null && !inOtherClause(g, h, trigger)) {
                return true;
            }
        }
        return false;
    }

    private static boolean inOtherClause(SemanticGraph g, IndexedWord word, IndexedWord trigger) {
        IndexedWord at = word;
        for (int depth = 0; depth < 20; depth++) {
            var up = g.incomingEdgeIterator(at);
            if (!up.hasNext()) {
                return false;
            }
            SemanticGraphEdge e = up.next();
            String rel = e.getRelation().toString();
            boolean subordinate = rel.startsWith("acl") || rel.startsWith("advcl");
            if (subordinate && (trigger == null || !at.equals(trigger) && !g.descendants(at).contains(trigger))) {
                return true;
            }
            at = e.getGovernor();
        }
        return false;
    }

    private static String lemma(IndexedWord w) {
        return w.lemma() == null ? w.word().toLowerCase(Locale.ROOT) : w.lemma().toLowerCase(Locale.ROOT);
    }

    static Modality stronger(Modality a, Modality b) {
        return a.ordinal() >= b.ordinal() ? a : b;
    }
}
