package org.tiegraph.extract.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Gives an adverbial clause without a subject of its own the subject it shares with its main clause, as enhanced
 * dependencies already do for controlled complements: "X is being designated for having acted for Y" (X acted),
 * "OFAC designated X for supplying drones" (X supplied), "Operating through networks, these actors evade sanctions"
 * (the actors operate); and a relative clause whose pronoun the parse left as its subject the noun it hangs from
 * ("Iran, which in turn provides drone technology to Russia": Iran provides); then a controlled complement without a
 * subject the subject or object of the verb it completes.
 */
final class Subjects {

    private static final Set<String> RELATIVE = Set.of("which", "who", "that");

    private Subjects() {
    }

    /**
     * {@code idiomObjects}: 0-based token indices of nouns that never act ("take this opportunity to …");
     * {@code instrumentVerbs}: of verbs whose object does what their purpose clause says ("used its branch to assist").
     */
    static void propagate(SemanticGraph g, Set<Integer> idiomObjects, Set<Integer> instrumentVerbs) {
        List<SemanticGraphEdge> added = new ArrayList<>();
        for (SemanticGraphEdge e : g.edgeListSorted()) {
            String rel = e.getRelation().toString();
            if (rel.startsWith("nsubj") && RELATIVE.contains(e.getDependent().word().toLowerCase(Locale.ROOT))) {
                IndexedWord antecedent = antecedent(g, e.getGovernor());
                if (antecedent != null) {
                    added.add(new SemanticGraphEdge(e.getGovernor(), antecedent, e.getRelation(), 1.0, true));
                }
                continue;
            }
            if (rel.equals("advcl:to") && instrumentVerbs.contains(e.getGovernor().index() - 1)
                    && !hasSubject(g, e.getDependent())) {
                // "iJet used its branch to assist Cham Wings": the branch assists
                for (IndexedWord object : Graphs.children(g, e.getGovernor(), "obj")) {
                    added.add(new SemanticGraphEdge(e.getDependent(), object,
                            UniversalEnglishGrammaticalRelations.NOMINAL_SUBJECT, 1.0, true));
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
            List<IndexedWord> subjects = Graphs.children(g, main, "nsubj:pass");
            if (subjects.isEmpty() && rel.equals("advcl:for")) {
                subjects = Graphs.children(g, main, "obj");
            }
            if (subjects.isEmpty()) {
                subjects = Graphs.children(g, main, "nsubj");
            }
            for (IndexedWord subject : subjects) {
                added.add(new SemanticGraphEdge(clause, subject, Graphs.child(g, clause, "aux:pass") != null
                        ? UniversalEnglishGrammaticalRelations.NOMINAL_PASSIVE_SUBJECT
                        : UniversalEnglishGrammaticalRelations.NOMINAL_SUBJECT, 1.0, true));
            }
        }
        for (SemanticGraphEdge e : added) {
            g.addEdge(e);
        }
        controlled(g, idiomObjects);
        reduced(g);
    }

    /**
     * "an air transportation provider involved in the shipment of UAVs", "UAVs sold to Russia": a participle after the
     * noun it modifies, without a subject of its own, is a reduced relative clause whose passive subject is that noun,
     * so the passive patterns read it. A participle before its noun ("U.S.-sanctioned Cham Wings") is left alone.
     */
    private static void reduced(SemanticGraph g) {
        List<SemanticGraphEdge> added = new ArrayList<>();
        for (SemanticGraphEdge e : g.edgeListSorted()) {
            IndexedWord participle = e.getDependent();
            IndexedWord noun = e.getGovernor();
            String rel = e.getRelation().toString();
            if ((rel.equals("acl") || rel.equals("amod")) && "VBN".equals(participle.tag())
                    && participle.index() > noun.index() && noun.tag() != null && noun.tag().startsWith("NN")
                    && !hasSubject(g, participle)) {
                added.add(new SemanticGraphEdge(participle, noun,
                        UniversalEnglishGrammaticalRelations.NOMINAL_PASSIVE_SUBJECT, 1.0, true));
            }
        }
        for (SemanticGraphEdge e : added) {
            g.addEdge(e);
        }
    }

    /**
     * "X acted or purported to act for Y": a complement verb without a subject of its own takes its governor's object
     * ("asked Iran to supply": Iran supplies) or, without one or when the object is an idiom's ("we take this
     * opportunity to announce"), its governor's subject.
     */
    private static void controlled(SemanticGraph g, Set<Integer> idiomObjects) {
        List<SemanticGraphEdge> added = new ArrayList<>();
        for (SemanticGraphEdge e : g.edgeListSorted()) {
            IndexedWord clause = e.getDependent();
            if (!e.getRelation().toString().equals("xcomp") || clause.tag() == null || !clause.tag().startsWith("VB")) {
                continue;
            }
            IndexedWord object = Graphs.child(g, e.getGovernor(), "obj");
            boolean idiom = object != null && idiomObjects.contains(object.index() - 1);
            if (idiom) {
                for (SemanticGraphEdge wrong : List.copyOf(g.outgoingEdgeList(clause))) {
                    if (wrong.getDependent().equals(object) && wrong.getRelation().toString().startsWith("nsubj")) {
                        g.removeEdge(wrong);
                    }
                }
            }
            if (hasSubject(g, clause)) {
                continue;
            }
            IndexedWord controller = idiom ? null : object;
            if (controller == null) {
                // "a company that helped sell oil": the noun the relative pronoun stands for, not the pronoun
                controller = Graphs.children(g, e.getGovernor(), "nsubj").stream()
                        .filter(x -> !RELATIVE.contains(x.word().toLowerCase(Locale.ROOT)))
                        .findFirst().orElse(null);
            }
            if (controller == null) {
                controller = Graphs.child(g, e.getGovernor(), "nsubj:pass");
            }
            if (controller != null) {
                added.add(new SemanticGraphEdge(clause, controller,
                        UniversalEnglishGrammaticalRelations.CONTROLLING_NOMINAL_SUBJECT, 1.0, true));
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
            // a clause with a relative pronoun for subject hung on a noun as "dep" or "ccomp" is a relative clause too
            if ((rel.equals("dep") || rel.equals("ccomp") || rel.startsWith("acl")) && noun.tag() != null
                    && noun.tag().startsWith("NN")) {
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
}
