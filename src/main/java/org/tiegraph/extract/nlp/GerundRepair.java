package org.tiegraph.extract.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.List;

/**
 * Repairs a systematic error of the dependency parser: a gerund after a preposition read as an adjective of its own
 * object ("sanctioned two companies for producing drones for Russia" parsed as "producing drones" = drones that
 * produce). The gerund becomes the head of an adverbial clause of the verb, with the noun as its object and the
 * noun's prepositional phrases as its obliques, so the clause's relations can be read. Also the reverse error, the
 * preposition read as the head of its gerund ("targeting two firms for facilitating the transfer …" parsed as
 * dep(targeting, for), dep(for, facilitating)): the gerund becomes the adverbial clause, the preposition its marker;
 * after "to" ("committed to working with ASEAN") the gerund is the verb's complement. Likewise a relative pronoun
 * read as the head of its clause.
 */
final class GerundRepair {

    private static final List<String> PREPOSITIONS = List.of("for", "by", "after", "before", "of", "in", "without");

    private GerundRepair() {
    }

    static void repair(SemanticGraph g) {
        prepositionHeads(g);
        relativeHeads(g);
        for (SemanticGraphEdge amod : List.copyOf(g.edgeListSorted())) {
            IndexedWord gerund = amod.getDependent();
            IndexedWord noun = amod.getGovernor();
            if (!amod.getRelation().toString().equals("amod") || !"VBG".equals(gerund.tag())
                    || gerund.index() >= noun.index()) {
                continue;
            }
            SemanticGraphEdge attachment = oblique(g, noun);
            if (attachment == null) {
                continue;
            }
            String preposition = attachment.getRelation().toString().substring(attachment.getRelation().toString()
                    .indexOf(':') + 1);
            if (!PREPOSITIONS.contains(preposition) || !precededBy(g, gerund, preposition)) {
                continue;
            }
            g.removeEdge(amod);
            g.removeEdge(attachment);
            g.addEdge(attachment.getGovernor(), gerund, Graphs.relation("advcl:" + preposition), 1.0, false);
            g.addEdge(gerund, noun, Graphs.relation("obj"), 1.0, false);
            for (SemanticGraphEdge e : List.copyOf(g.outgoingEdgeList(noun))) {
                String rel = e.getRelation().toString();
                if (rel.startsWith("nmod:") && e.getDependent().index() > noun.index()) {
                    g.removeEdge(e);
                    g.addEdge(gerund, e.getDependent(), Graphs.relation("obl:" + rel.substring(5)), 1.0, false);
                }
            }
        }
    }

    private static void prepositionHeads(SemanticGraph g) {
        for (SemanticGraphEdge head : List.copyOf(g.edgeListSorted())) {
            IndexedWord preposition = head.getDependent();
            String word = preposition.word().toLowerCase(java.util.Locale.ROOT);
            String rel = head.getRelation().toString();
            boolean prepositionTag = "IN".equals(preposition.tag()) || "TO".equals(preposition.tag());
            if (!rel.equals("dep") && !rel.equals("advmod") || !prepositionTag
                    || !PREPOSITIONS.contains(word) && !word.equals("to") || head.getGovernor().tag() == null
                    || !head.getGovernor().tag().startsWith("VB")) {
                continue;
            }
            for (SemanticGraphEdge inner : List.copyOf(g.outgoingEdgeList(preposition))) {
                IndexedWord gerund = inner.getDependent();
                if (inner.getRelation().toString().equals("dep") && "VBG".equals(gerund.tag())
                        && gerund.index() == preposition.index() + 1) {
                    g.removeEdge(head);
                    g.removeEdge(inner);
                    String clause = word.equals("to") ? "xcomp" : "advcl:" + word;
                    g.addEdge(head.getGovernor(), gerund, Graphs.relation(clause), 1.0, false);
                    g.addEdge(gerund, preposition, Graphs.relation("mark"), 1.0, false);
                    break;
                }
            }
        }
    }

    /**
     * "a Hong Kong-flagged vessel that sails the Russian Northern Sea Route" parsed as dep(vessel, that),
     * dep(that, sails), dep(sails, Route): the verb becomes the relative clause of the noun, the pronoun its subject
     * and a loose noun after the verb its object.
     */
    private static void relativeHeads(SemanticGraph g) {
        for (SemanticGraphEdge head : List.copyOf(g.edgeListSorted())) {
            IndexedWord pronoun = head.getDependent();
            if (!head.getRelation().toString().equals("dep")
                    || !List.of("that", "which", "who").contains(pronoun.word().toLowerCase(java.util.Locale.ROOT))
                    || head.getGovernor().tag() == null || !head.getGovernor().tag().startsWith("NN")) {
                continue;
            }
            for (SemanticGraphEdge inner : List.copyOf(g.outgoingEdgeList(pronoun))) {
                IndexedWord verb = inner.getDependent();
                // the tagger's error behind the parse: "that sails" read as a plural noun
                boolean nounForVerb = "NNS".equals(verb.tag()) && verb.index() == pronoun.index() + 1;
                if (inner.getRelation().toString().equals("dep") && verb.tag() != null
                        && (verb.tag().startsWith("VB") || nounForVerb) && verb.index() > pronoun.index()) {
                    if (nounForVerb) {
                        verb.setTag("VBZ");
                    }
                    g.removeEdge(head);
                    g.removeEdge(inner);
                    g.addEdge(head.getGovernor(), verb, Graphs.relation("acl:relcl"), 1.0, false);
                    g.addEdge(verb, pronoun, Graphs.relation("nsubj"), 1.0, false);
                    boolean hasObject = g.outgoingEdgeList(verb).stream()
                            .anyMatch(e -> e.getRelation().toString().equals("obj"));
                    for (SemanticGraphEdge loose : List.copyOf(g.outgoingEdgeList(verb))) {
                        IndexedWord noun = loose.getDependent();
                        if (!hasObject && loose.getRelation().toString().equals("dep") && noun.index() > verb.index()
                                && noun.tag() != null && noun.tag().startsWith("NN")) {
                            g.removeEdge(loose);
                            g.addEdge(verb, noun, Graphs.relation("obj"), 1.0, false);
                            hasObject = true;
                        }
                    }
                    break;
                }
            }
        }
    }

    /** The "obl:for"-like edge that attaches the noun to the verb, or null. */
    private static SemanticGraphEdge oblique(SemanticGraph g, IndexedWord noun) {
        for (SemanticGraphEdge e : g.incomingEdgeList(noun)) {
            if (e.getRelation().toString().startsWith("obl:") || e.getRelation().toString().startsWith("nmod:")) {
                return e;
            }
        }
        return null;
    }

    private static boolean precededBy(SemanticGraph g, IndexedWord gerund, String preposition) {
        IndexedWord before = g.getNodeByIndexSafe(gerund.index() - 1);
        return before != null && before.word().equalsIgnoreCase(preposition);
    }
}
