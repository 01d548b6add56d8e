package org.tiegraph.extract.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.List;

/**
 * A sentence as CoreNLP parsed it: its tokens and two Universal Dependencies graphs, the basic tree (heads of
 * phrases) and the enhanced++ graph (propagated conjuncts, case-marked obliques such as {@code obl:to}) that relation
 * patterns match against. Token indexes are 0-based; graph nodes are 1-based as in CoreNLP.
 */
public record ParsedSentence(String text, List<Token> tokens, SemanticGraph basic, SemanticGraph enhanced)
        implements Words {

    static ParsedSentence empty(String text) {
        return new ParsedSentence(text, List.of(), new SemanticGraph(), new SemanticGraph());
    }

    /** The 0-based token index of a graph node. */
    public static int indexOf(IndexedWord node) {
        return node.index() - 1;
    }

    /** The basic-tree governor of token {@code i}, or -1 at the root. */
    public int head(int i) {
        IndexedWord node = basic.getNodeByIndexSafe(i + 1);
        if (node == null) {
            return -1;
        }
        IndexedWord parent = basic.getParent(node);
        return parent == null ? -1 : indexOf(parent);
    }

    /** The basic-tree relation from token {@code i} to its governor ("root" at the root, "" when unparsed). */
    public String relation(int i) {
        IndexedWord node = basic.getNodeByIndexSafe(i + 1);
        if (node == null) {
            return "";
        }
        List<SemanticGraphEdge> in = basic.incomingEdgeList(node);
        return in.isEmpty() ? "root" : in.getFirst().getRelation().toString();
    }

    /** The basic-tree dependents of token {@code i} with their relations, in sentence order. */
    public List<Dependent> dependents(int i) {
        IndexedWord node = basic.getNodeByIndexSafe(i + 1);
        List<Dependent> out = new ArrayList<>();
        if (node != null) {
            for (SemanticGraphEdge e : basic.outgoingEdgeList(node)) {
                out.add(new Dependent(indexOf(e.getDependent()), e.getRelation().toString()));
            }
            out.sort(java.util.Comparator.comparingInt(Dependent::index));
        }
        return out;
    }

    /** A dependent token and its relation to the governor. */
    public record Dependent(int index, String relation) {
    }
}
