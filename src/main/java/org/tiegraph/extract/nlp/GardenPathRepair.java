package org.tiegraph.extract.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.GrammaticalRelation;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import java.util.List;

/**
 * Repairs the garden path of a reduced relative clause read as the main clause: "The engines sold to Russia by X were
 * seized" parsed as "the engines sold …" with the real main verb left as a loose dependent, or with "the engines
 * sold …" as the clausal subject of "were seized". The past form becomes a
 * participle modifying its noun (its "by" phrase the agent), and the loose verb the root with that noun as its
 * subject.
 */
final class GardenPathRepair {

    private GardenPathRepair() {
    }

    static void repair(SemanticGraph g) {
        objectParticiples(g);
        if (g.getRoots().size() != 1) {
            return;
        }
        IndexedWord root = g.getFirstRoot();
        if (past(root)) {
            for (SemanticGraphEdge loose : g.outgoingEdgeList(root)) {
                IndexedWord verb = loose.getDependent();
                if (loose.getRelation().toString().equals("dep") && verb.tag() != null && verb.tag().startsWith("VB")
                        && verb.index() > root.index() && finite(g, verb) && reread(g, root, verb, loose)) {
                    return;
                }
            }
        }
        for (SemanticGraphEdge clausal : g.outgoingEdgeList(root)) {
            if (clausal.getRelation().toString().startsWith("csubj") && past(clausal.getDependent())
                    && Graphs.edge(g, clausal.getDependent(), "mark") == null
                    && reread(g, clausal.getDependent(), root, clausal)) {
                return;
            }
        }
    }

    /**
     * "launched the Crisis Response Network established under the Agreement" parsed as "the Network established …" a
     * loose clause of its own: the noun right before the participle is the verb's object, the participle its
     * modifier.
     */
    private static void objectParticiples(SemanticGraph g) {
        for (SemanticGraphEdge loose : List.copyOf(g.edgeListSorted())) {
            IndexedWord participle = loose.getDependent();
            IndexedWord verb = loose.getGovernor();
            SemanticGraphEdge subject = Graphs.edge(g, participle, "nsubj");
            if (!loose.getRelation().toString().equals("dep") || !"VBN".equals(participle.tag()) || subject == null
                    || verb.tag() == null || !verb.tag().startsWith("VB") || Graphs.edge(g, verb, "obj") != null
                    || subject.getDependent().index() != participle.index() - 1
                    || Graphs.edge(g, participle, "aux") != null || Graphs.edge(g, participle, "aux:pass") != null) {
                continue;
            }
            IndexedWord noun = subject.getDependent();
            g.removeEdge(loose);
            g.removeEdge(subject);
            g.addEdge(verb, noun, Graphs.relation("obj"), 1.0, false);
            g.addEdge(noun, participle, Graphs.relation("acl"), 1.0, false);
            agentOf(g, participle);
        }
    }

    private static void agentOf(SemanticGraph g, IndexedWord participle) {
        for (SemanticGraphEdge by : List.copyOf(g.outgoingEdgeList(participle))) {
            if (by.getRelation().toString().equals("obl:by")) {
                g.removeEdge(by);
                g.addEdge(participle, by.getDependent(), Graphs.relation("obl:agent"), 1.0, false);
            }
        }
    }

    private static boolean past(IndexedWord verb) {
        return "VBD".equals(verb.tag()) || "VBN".equals(verb.tag());
    }

    /**
     * Rereads {@code participle}, parsed as a clause with its own subject noun, as that noun's reduced relative, and
     * {@code verb} (linked to it by {@code link}) as the noun's verb; false, changing nothing, when it does not fit.
     */
    private static boolean reread(SemanticGraph g, IndexedWord participle, IndexedWord verb, SemanticGraphEdge link) {
        SemanticGraphEdge subject = Graphs.edge(g, participle, "nsubj");
        if (subject == null || subject.getDependent().tag() == null || !subject.getDependent().tag().startsWith("NN")
                || Graphs.edge(g, verb, "nsubj") != null || Graphs.edge(g, verb, "nsubj:pass") != null) {
            return false;
        }
        IndexedWord noun = subject.getDependent();
        g.removeEdge(subject);
        g.removeEdge(link);
        participle.setTag("VBN");
        agentOf(g, participle);
        g.addEdge(noun, participle, Graphs.relation("acl"), 1.0, false);
        g.addEdge(verb, noun, Graphs.edge(g, verb, "aux:pass") != null
                ? UniversalEnglishGrammaticalRelations.NOMINAL_PASSIVE_SUBJECT
                : UniversalEnglishGrammaticalRelations.NOMINAL_SUBJECT, 1.0, false);
        g.setRoot(verb);
        return true;
    }

    /** The verb can head a clause: a finite form, or a participle with its auxiliary ("were seized"). */
    private static boolean finite(SemanticGraph g, IndexedWord verb) {
        return List.of("VBD", "VBZ", "VBP").contains(verb.tag()) || Graphs.edge(g, verb, "aux") != null
                || Graphs.edge(g, verb, "aux:pass") != null;
    }
}
