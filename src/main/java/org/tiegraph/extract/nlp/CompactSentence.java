package org.tiegraph.extract.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;

/**
 * The sentence the dependency parser sees: every multi-word name reduced to one word, tagged as a proper noun,
 * and short forms in brackets ("(FSB)", "( Primorye)", "(M/V)") left out, so that "Today OFAC designated
 * Primorye Maritime Logistics Co Ltd ( Primorye) and Gudzon Shipping Co LLC" parses as two names joined by "and".
 * The graphs the parser gives are mapped back onto the sentence's own tokens: a name is the node of its last word of
 * letters; the other words of a name, and an aside, have no node.
 */
final class CompactSentence {

    /** Asides in brackets of at most this many capitalised words (short forms such as "(FSB)") are left out. */
    private static final int ASIDE_WORDS = 4;

    private final List<CoreLabel> original;
    private final List<CoreLabel> compact = new ArrayList<>();
    /** For each token of the compact sentence, the 0-based index of the original token it stands for. */
    private final List<Integer> source = new ArrayList<>();

    CompactSentence(List<CoreLabel> original, List<ParseHints.Range> names) {
        this.original = original;
        int[] nameEnd = new int[original.size()];
        java.util.Arrays.fill(nameEnd, -1);
        for (ParseHints.Range r : names) {
            if (r.last() > r.first() && r.last() < original.size()) {
                nameEnd[r.first()] = Math.max(nameEnd[r.first()], r.last());
            }
        }
        for (int i = 0; i < original.size(); i++) {
            int aside = asideEnd(i);
            if (aside > 0) {
                i = aside;
                continue;
            }
            int end = nameEnd[i] > i ? nameEnd[i] : i;
            int word = end > i ? wordOf(i, end) : i;
            CoreLabel copy = new CoreLabel(original.get(word));
            if (end > i) {
                copy.setTag(copy.tag().startsWith("NNP") ? copy.tag() : "NNP");
            }
            copy.setIndex(compact.size() + 1);
            compact.add(copy);
            source.add(word);
            i = end;
        }
    }

    /** The word a name from {@code first} to {@code last} is parsed as: its last word of letters ("OKEAN-24": OKEAN). */
    private int wordOf(int first, int last) {
        for (int i = last; i >= first; i--) {
            String w = original.get(i).word();
            if (!w.isEmpty() && Character.isLetter(w.codePointAt(0))) {
                return i;
            }
        }
        return last;
    }

    /** The index of the ")" closing a short aside of capitalised words that opens at {@code i}, or -1. */
    private int asideEnd(int i) {
        if (!isOpen(original.get(i)) || i == 0) {
            return -1;
        }
        for (int j = i + 1; j < original.size() && j <= i + ASIDE_WORDS + 1; j++) {
            CoreLabel l = original.get(j);
            if (isClose(l)) {
                return j > i + 1 ? j : -1;
            }
            if (!Character.isUpperCase(l.word().codePointAt(0)) && !l.word().equals("/") || isOpen(l)) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean isOpen(CoreLabel l) {
        return "(".equals(l.word()) || "-LRB-".equals(l.word()) || "-LRB-".equals(l.tag());
    }

    private static boolean isClose(CoreLabel l) {
        return ")".equals(l.word()) || "-RRB-".equals(l.word()) || "-RRB-".equals(l.tag());
    }

    /** True when nothing was reduced or left out: the sentence can be parsed as it is. */
    boolean unchanged() {
        return compact.size() == original.size();
    }

    /** A one-sentence annotation of the compact tokens, for the parser. */
    Annotation annotation(String text) {
        Annotation a = new Annotation(text);
        CoreMap sentence = new ArrayCoreMap();
        sentence.set(CoreAnnotations.TokensAnnotation.class, compact);
        sentence.set(CoreAnnotations.SentenceIndexAnnotation.class, 0);
        sentence.set(CoreAnnotations.TextAnnotation.class, text);
        a.set(CoreAnnotations.TokensAnnotation.class, compact);
        a.set(CoreAnnotations.SentencesAnnotation.class, List.of(sentence));
        return a;
    }

    /** The graph of the compact sentence, its nodes replaced by the original tokens they stand for. */
    SemanticGraph restore(SemanticGraph parsed) {
        SemanticGraph out = new SemanticGraph();
        java.util.Map<IndexedWord, IndexedWord> map = new java.util.HashMap<>();
        for (IndexedWord v : parsed.vertexSet()) {
            IndexedWord w = new IndexedWord(original.get(source.get(v.index() - 1)));
            if (v.copyCount() > 0) {
                w = w.makeSoftCopy(v.copyCount());
            }
            map.put(v, w);
            out.addVertex(w);
        }
        for (SemanticGraphEdge e : parsed.edgeIterable()) {
            out.addEdge(map.get(e.getGovernor()), map.get(e.getDependent()), e.getRelation(), e.getWeight(),
                    e.isExtra());
        }
        List<IndexedWord> roots = new ArrayList<>();
        parsed.getRoots().forEach(r -> roots.add(map.get(r)));
        out.setRoots(roots);
        return out;
    }
}
