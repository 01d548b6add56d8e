package org.tiegraph.extract.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import java.util.ArrayList;
import java.util.List;

/**
 * Gives an adverbial clause without a subject of its own the subject it shares with its main clause, as enhanced
 * dependencies already do for controlled complements: "X is being designated for having acted for Y" (X acted),
 * "OFAC designated X for supplying drones" (X supplied), "Operating through networks, these actors evade sanctions"
 * (the actors operate); and a relative clause whose pronoun the parse left as its subject the noun it hangs from
 * ("Iran, which in turn provides drone technology to Russia": Iran provides); then a controlled complement without a
 * subject the subject or object of the verb it completes.
 */
final class Subjects {

    private static final java.util.Set<String> RELATIVE = java.util.Set.of("which", "who", "that");

    private Subjects() {
    }

    static void propagate(SemanticGraph g) {
        List<SemanticGraphEdge> added = new ArrayList<>();
        for (SemanticGraphEdge e : g.edgeListSorted()) {
            String rel = e.getRelation().toString();
            if (rel.startsWith("nsubj") && RELATIVE.contains(e.getDependent().word().toLowerCase(java.util.Locale.ROOT))) {
                IndexedWord antecedent = antecedent(g, e.getGovernor());
                if (antecedent != null) {
                    added.add(new SemanticGraphEdge(e.getGovernor(), antecedent, e.getRelation(), 1.0, true));
                }
                continue;
            }
            if (!rel.startsWith("advcl") || rel.equals("advcl:to")) {
                continue;
            }
            IndexedWord clause = e.getDependent();
            if (hasSubject(g, clause) || clause.tag() == null || !clause.tag().startsWith("VB")) {
                continue;
            }
            IndexedWord main = e.getGovernor();
            IndexedWord subject = child(g, main, "nsubj:pass");
            if (subject == null && rel.equals("advcl:for")) {
                subject = child(g, main, "obj");
            }
            if (subject == null) {
                subject = child(g, main, "nsubj");
            }
            if (subject != null) {
                added.add(new SemanticGraphEdge(clause, subject, child(g, clause, "aux:pass") != null
                        ? UniversalEnglishGrammaticalRelations.NOMINAL_PASSIVE_SUBJECT
                        : UniversalEnglishGrammaticalRelations.NOMINAL_SUBJECT, 1.0, true));
            }
        }
        for (SemanticGraphEdge e : added) {
            g.addEdge(e);
        }
        controlled(g);
    }

    /**
     * "X acted or purported to act for Y": a complement verb without a subject of its own takes its governor's object
     * ("asked Iran to supply": Iran supplies) or, without one, its governor's subject.
     */
    private static void controlled(SemanticGraph g) {
        List<SemanticGraphEdge> added = new ArrayList<>();
        for (SemanticGraphEdge e : g.edgeListSorted()) {
            IndexedWord clause = e.getDependent();
            if (!e.getRelation().toString().equals("xcomp") || hasSubject(g, clause) || clause.tag() == null
                    || !clause.tag().startsWith("VB")) {
                continue;
            }
            IndexedWord controller = child(g, e.getGovernor(), "obj");
            if (controller == null) {
                controller = child(g, e.getGovernor(), "nsubj");
            }
            if (controller != null) {
                added.add(new SemanticGraphEdge(clause, controller, UniversalEnglishGrammaticalRelations.CONTROLLING_NOMINAL_SUBJECT, 1.0, true));
            }
        }
        for (SemanticGraphEdge e : added) {
            g.addEdge(e);
        }
    }

    /** The noun a relative clause hangs from ("Iran, which in turn provides …"), when the parse left it out. */
    private static IndexedWord antecedent(SemanticGraph g, IndexedWord verb) {
        for (SemanticGraphEdge in : g.incomingEdgeList(verb)) {
            String rel = in.getRelation().toString();
            IndexedWord noun = in.getGovernor();
            if ((rel.equals("dep") || rel.startsWith("acl")) && noun.tag() != null && noun.tag().startsWith("NN")) {
                for (SemanticGraphEdge out : g.outgoingEdgeList(verb)) {
                    if (out.getRelation().toString().startsWith("nsubj") && out.getDependent().equals(noun)) {
                        return null;
                    }
                }
                return noun;
            }
        }
        return null;
    }

    private static boolean hasSubject(SemanticGraph g, IndexedWord node) {
        for (SemanticGraphEdge e : g.outgoingEdgeList(node)) {
            if (e.getRelation().toString().startsWith("nsubj")) {
                return true;
            }
        }
        return false;
    }

    private static IndexedWord child(SemanticGraph g, IndexedWord node, String relation) {
        for (SemanticGraphEdge e : g.outgoingEdgeList(node)) {
            if (e.getRelation().toString().equals(relation)) {
                return e.getDependent();
            }
        }
        return null;
    }
}
