package org.tiegraph.extract.nlp;

import edu.stanford.nlp.international.Language;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.GrammaticalRelation;
import java.util.ArrayList;
import java.util.List;

/** The dependency-graph lookups the parse repairs share: a node's edge or dependents by relation name. */
final class Graphs {

    private Graphs() {
    }

    /** The first edge from {@code node} by {@code relation}, or null. */
    static SemanticGraphEdge edge(SemanticGraph g, IndexedWord node, String relation) {
        for (SemanticGraphEdge e : g.outgoingEdgeList(node)) {
            if (e.getRelation().toString().equals(relation)) {
                return e;
            }
        }
        return null;
    }

    /** The first dependent of {@code node} by {@code relation}, or null. */
    static IndexedWord child(SemanticGraph g, IndexedWord node, String relation) {
        SemanticGraphEdge e = edge(g, node, relation);
        return e == null ? null : e.getDependent();
    }

    /** Every dependent by that relation: enhanced++ repeats it on each conjunct ("designated A and B for …"). */
    static List<IndexedWord> children(SemanticGraph g, IndexedWord node, String relation) {
        List<IndexedWord> found = new ArrayList<>();
        for (SemanticGraphEdge e : g.outgoingEdgeList(node)) {
            if (e.getRelation().toString().equals(relation)) {
                found.add(e.getDependent());
            }
        }
        return found;
    }

    /** The Universal Dependencies relation of that name ("obl:agent", "advcl:for"). */
    static GrammaticalRelation relation(String name) {
        return GrammaticalRelation.valueOf(Language.UniversalEnglish, name);
    }
}
