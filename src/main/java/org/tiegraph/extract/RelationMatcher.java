package org.tiegraph.extract;

import org.tiegraph.catalogue.Catalogue;
import org.tiegraph.catalogue.Lexicon;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.semgraph.semgrex.SemgrexMatcher;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tiegraph.extract.nlp.ParsedSentence;

/**
 * Applies the relation rules to one parsed sentence: every match of a rule's pattern binds its slots to graph nodes,
 * each slot is read as the entities it names (the span covering the node, the thing a partitive names: "shipments of
 * oil", the examples of "items such as …"), and when every slot names something, every edge of the rule is proposed
 * between them ("North Korea sent troops to Russia" is no supply: "troops" names no item). Slots the document
 * fills (the issuer of a passive designation) come from the {@link Memory} of earlier sentences.
 */
final class RelationMatcher {

    /** A proposed edge: type, ends with their tokens, the trigger token (or -1) and the rule. */
    record Draft(String type, Span source, Span target, int trigger, RelationRules.Rule rule) {
    }

    /** The latest source of each edge type in the document: who "is designating" when the sentence does not say. */
    static final class Memory {
        private final Map<String, Span> latest = new HashMap<>();

        void remember(String type, Span source) {
            latest.put(type, source);
        }

        Span latest(String type) {
            return latest.get(type);
        }
    }

    private static final int PARTITIVE_DEPTH = 2;
    /** "dual-use items, such as navigation equipment, jamming devices …": a slot also reads each example. */
    static final java.util.Set<String> EXAMPLES = java.util.Set.of("nmod:such_as", "nmod:including",
            "nmod:like", "obl:such_as", "obl:including");

    private final RelationRules rules;
    private final Lexicon lexicon;
    private final Catalogue catalogue;

    RelationMatcher(RelationRules rules, Lexicon lexicon, Catalogue catalogue) {
        this.rules = rules;
        this.lexicon = lexicon;
        this.catalogue = catalogue;
    }

    /** The edges the rules propose for a sentence whose entity spans are {@code spans}. */
    List<Draft> match(ParsedSentence s, List<Span> spans, Memory memory) {
        if (s.tokens().isEmpty()) {
            return List.of();
        }
        Map<String, Draft> out = new LinkedHashMap<>();
        for (RelationRules.Rule rule : rules.rules()) {
            SemgrexMatcher m = rule.pattern().matcher(s.enhanced());
            while (m.find()) {
                IndexedWord triggerNode = m.getNode("trigger");
                int trigger = triggerNode != null ? ParsedSentence.indexOf(triggerNode) : -1;
                if (trigger >= 0 && covering(spans, trigger) != null) {
                    continue;
                }
                Map<String, List<Span>> bound = new HashMap<>();
                boolean complete = true;
                for (RelationRules.EdgeSpec e : rule.edges()) {
                    complete &= !slot(s, spans, m, rule, e.from(), memory, bound).isEmpty()
                            && !slot(s, spans, m, rule, e.to(), memory, bound).isEmpty();
                }
                for (RelationRules.EdgeSpec e : rule.edges()) {
                    List<Span> from = slot(s, spans, m, rule, e.from(), memory, bound);
                    List<Span> to = slot(s, spans, m, rule, e.to(), memory, bound);
                    if (rule.remember() && !from.isEmpty() && m.getNode(e.from()) != null) {
                        for (Span f : from) {
                            if (f.first() >= 0) {
                                memory.remember(e.type(), f);
                            }
                        }
                    }
                    if (!complete) {
                        continue;
                    }
                    for (Span f : from) {
                        for (Span t : to) {
                            if (!f.entityId().equals(t.entityId()) && !nested(f, t)) {
                                String key = f.entityId() + "|" + e.type() + "|" + t.entityId();
                                Draft d = new Draft(e.type(), f, t, trigger, rule);
                                Draft old = out.get(key);
                                if (old == null || old.rule().confidence() < rule.confidence()) {
                                    out.put(key, d);
                                }
                            }
                        }
                    }
                }
            }
        }
        return new ArrayList<>(out.values());
    }

    /** A word joined to a phrase that contains it ("Chinese" in "Chinese and Russian entities"): a misreading. */
    private static boolean nested(Span a, Span b) {
        return !a.anaphor() && !b.anaphor() && a.overlaps(b.first(), b.last());
    }

    private List<Span> slot(ParsedSentence s, List<Span> spans, SemgrexMatcher m, RelationRules.Rule rule, String name,
                            Memory memory, Map<String, List<Span>> bound) {
        List<Span> cached = bound.get(name);
        if (cached != null) {
            return cached;
        }
        IndexedWord node = m.getNode(name);
        List<Span> out = new ArrayList<>();
        if (node == null) {
            String type = rule.implicit().get(name);
            Span latest = type == null ? null : memory.latest(type);
            if (latest != null) {
                out.add(new Span(-1, -1, latest.entityId(), latest.type(), true));
            }
        } else if (!rule.nominal() || node.tag() == null || node.tag().startsWith("NN") || node.tag().startsWith("PRP")) {
            read(s.enhanced(), node, spans, out, PARTITIVE_DEPTH);
        }
        List<String> allowed = rule.slotTypes().get(name);
        if (allowed != null) {
            out.removeIf(x -> allowed.stream().noneMatch(a -> catalogue.isA(x.type(), a)));
        }
        bound.put(name, out);
        return out;
    }

    /**
     * The entity a node names: the smallest span covering it; else what a partitive noun's "of" phrase names
     * ("shipments of oil"); else, for a noun that stands for a name beside it ("shipping companies Primorye …",
     * "Verus LLC, a Russia-based company", "PATRIOT is a Russia-flagged vessel"), that name.
     */
    private void read(SemanticGraph g, IndexedWord node, List<Span> spans, List<Span> out, int depth) {
        if (depth > 0) {
            for (SemanticGraphEdge e : g.outgoingEdgeList(node)) {
                if (EXAMPLES.contains(e.getRelation().toString())) {
                    read(g, e.getDependent(), spans, out, 0);
                }
            }
        }
        Span best = covering(spans, ParsedSentence.indexOf(node));
        Span model = best != null && "Item".equals(best.type()) ? namedModel(g, node, spans, best) : null;
        if (model != null) {
            out.add(model);
            return;
        }
        if (best != null) {
            for (Span x : spans) {
                if (x.first() == best.first() && x.last() == best.last()
                        && out.stream().noneMatch(o -> o.entityId().equals(x.entityId()))) {
                    out.add(x);
                }
            }
            return;
        }
        if (depth <= 0) {
            return;
        }
        String lemma = lemmaOf(node);
        if (lexicon.partitives().contains(lemma)) {
            for (SemanticGraphEdge e : g.outgoingEdgeList(node)) {
                String rel = e.getRelation().toString();
                if (rel.equals("nmod:of")) {
                    read(g, e.getDependent(), spans, out, depth - 1);
                } else if (rel.equals("nmod:to")) {
                    // "shipments to Russia of military equipment": the parse hangs the "of" phrase on the recipient
                    for (SemanticGraphEdge of : g.outgoingEdgeList(e.getDependent())) {
                        if (of.getRelation().toString().equals("nmod:of")) {
                            read(g, of.getDependent(), spans, out, depth - 1);
                        }
                    }
                }
            }
        }
        // "S-400 systems", "Su-35 fighter jets": the named item a generic item noun is compounded with; "the Shahed-129
        // medium-altitude reconnaissance and strike UAV": a model's name before any other head the parse chose
        boolean itemHead = lexicon.isItemHead(lemma, true);
        for (SemanticGraphEdge e : g.outgoingEdgeList(node)) {
            Span named = e.getRelation().toString().equals("compound")
                    ? covering(spans, ParsedSentence.indexOf(e.getDependent())) : null;
            if (named != null && "Item".equals(named.type())
                    && (itemHead || modelName(e.getDependent(), named))) {
                read(g, e.getDependent(), spans, out, 0);
            }
        }
        if (!lexicon.referenceNouns().contains(lemma)) {
            return;
        }
        // "COPC was an IRGC-QF front company that …": a predicate noun stands for its subject, a name before it only
        // describes it
        boolean predicate = g.outgoingEdgeList(node).stream().anyMatch(e -> e.getRelation().toString().equals("nsubj"));
        for (SemanticGraphEdge e : g.outgoingEdgeList(node)) {
            String rel = e.getRelation().toString();
            if (rel.equals("acl") && lexicon.namingVerbs().contains(lemmaOf(e.getDependent()))) {
                // "exercises, known as the Maritime Security Belt": the name the participle gives
                for (SemanticGraphEdge named : g.outgoingEdgeList(e.getDependent())) {
                    String how = named.getRelation().toString();
                    if (how.equals("obl:as") || how.equals("xcomp") || how.equals("obj")) {
                        read(g, named.getDependent(), spans, out, 0);
                    }
                }
            }
            Span modifier = covering(spans, ParsedSentence.indexOf(e.getDependent()));
            // "an Iranian firm": a state modifying the noun says where it is from, it is not the firm
            boolean origin = rel.equals("compound") && modifier != null && "State".equals(modifier.type());
            // "Russian Ministry of Defense officials": an organisation before a noun for people is whom they serve
            origin |= rel.equals("compound") && modifier != null && !"Person".equals(modifier.type())
                    && "Person".equals(lexicon.describedType(lemma));
            boolean proper = e.getDependent().tag() != null && e.getDependent().tag().startsWith("NNP");
            // "UAE-based firms Success Aviation Services FZC and iJet Global DMCC": names the parse left loose after it
            boolean after = rel.equals("dep") && proper && e.getDependent().index() > node.index();
            if (rel.equals("appos") || rel.equals("nsubj") || rel.equals("flat") || after
                    || !origin && !predicate && rel.equals("compound") && proper) {
                read(g, e.getDependent(), spans, out, 0);
            }
        }
        for (SemanticGraphEdge e : g.incomingEdgeList(node)) {
            String rel = e.getRelation().toString();
            if (rel.equals("appos") || rel.equals("compound")) {
                read(g, nearestConjunct(g, e.getGovernor(), node), spans, out, 0);
            }
        }
    }

    /**
     * "the Government of Syria and Syrian Arab Airlines, a U.S.-designated airline": an apposition the parse hung on
     * the first of two conjuncts describes the one right before it.
     */
    private static IndexedWord nearestConjunct(SemanticGraph g, IndexedWord governor, IndexedWord apposition) {
        IndexedWord nearest = governor;
        for (SemanticGraphEdge c : g.outgoingEdgeList(governor)) {
            IndexedWord conjunct = c.getDependent();
            if (c.getRelation().toString().startsWith("conj") && conjunct.index() > nearest.index()
                    && conjunct.index() < apposition.index()) {
                nearest = conjunct;
            }
        }
        return nearest;
    }

    /**
     * "Shahed", "S-400", "BeiDou": a capitalised word that is not an acronym of a category ("UAV"); a name of several
     * words ("AK-12", its node the word "AK") is a model whatever its node.
     */
    private static boolean modelName(IndexedWord node, Span name) {
        String word = node.word();
        return name.last() > name.first() || Character.isUpperCase(word.codePointAt(0))
                && (word.chars().anyMatch(Character::isDigit) || word.chars().anyMatch(Character::isLowerCase));
    }

    private static String lemmaOf(IndexedWord node) {
        return node.lemma() == null ? "" : node.lemma().toLowerCase(Locale.ROOT);
    }

    /** "the Garpiya-3 long-range attack drone": the named model a generic item noun is compounded with. */
    private static Span namedModel(SemanticGraph g, IndexedWord node, List<Span> spans, Span generic) {
        for (SemanticGraphEdge e : g.outgoingEdgeList(node)) {
            Span model = e.getRelation().toString().equals("compound")
                    ? covering(spans, ParsedSentence.indexOf(e.getDependent())) : null;
            if (model != null && model != generic && "Item".equals(model.type()) && !model.entityId().equals(generic.entityId())
                    && modelName(e.getDependent(), model)) {
                return model;
            }
        }
        return null;
    }

    static Span covering(List<Span> spans, int token) {
        Span best = null;
        for (Span x : spans) {
            if (x.covers(token) && (best == null || x.last() - x.first() < best.last() - best.first())) {
                best = x;
            }
        }
        return best;
    }
}
