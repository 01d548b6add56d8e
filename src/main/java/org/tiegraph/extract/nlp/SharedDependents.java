package org.tiegraph.extract.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.List;

/**
 * Gives a later conjoined verb the objects and obliques that follow it but that the parse hung on the first verb
 * only ("drones have been weaponized and supplied to Russia": Russia is where they were supplied to as well), so the
 * relations of the later verb can be read. A verb keeps its own dependents of the same kind.
 */
final class SharedDependents {

    private SharedDependents() {
    }

    static void share(SemanticGraph g) {
        for (SemanticGraphEdge conj : List.copyOf(g.edgeListSorted())) {
            IndexedWord first = conj.getGovernor();
            IndexedWord later = conj.getDependent();
            if (!conj.getRelation().toString().startsWith("conj") || !verb(first) || !verb(later)
                    || later.index() <= first.index()) {
                continue;
            }
            for (SemanticGraphEdge e : List.copyOf(g.outgoingEdgeList(first))) {
                String rel = e.getRelation().toString();
                boolean shared = rel.equals("obj") || rel.startsWith("obl:");
                if (shared && e.getDependent().index() > later.index() && !has(g, later, rel)) {
                    g.addEdge(later, e.getDependent(), e.getRelation(), 1.0, false);
                }
            }
        }
    }

    private static boolean verb(IndexedWord w) {
        return w.tag() != null && w.tag().startsWith("VB");
    }

    private static boolean has(SemanticGraph g, IndexedWord w, String relation) {
        return g.outgoingEdgeList(w).stream().anyMatch(e -> e.getRelation().toString().equals(relation));
    }
}
