package org.tiegraph.extract.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * Stanford CoreNLP with the lean model set (left3words POS tagger, 3-class CRF NER, UD neural dependency parser),
 * loaded once per instance. A sentence is first tagged ({@link #tag}), then parsed ({@link #parse}) with the tokens
 * the caller knows to be parts of names tagged as proper nouns, so that a name such as "Shahed Aviation Industries
 * Research Center" or "Shahed-136" reaches the parser as one noun phrase. Safe for concurrent use.
 */
public final class LanguageModel {

    private static final Set<String> KEEP_TAGS = Set.of("HYPH", "POS", "CD", "IN", "DT", "CC", ",", ".", ":", "``",
            "''", "-LRB-", "-RRB-", "TO");
    private static volatile LanguageModel shared;

    private final StanfordCoreNLP tagger;
    private final StanfordCoreNLP parser;

    private LanguageModel(StanfordCoreNLP tagger, StanfordCoreNLP parser) {
        this.tagger = tagger;
        this.parser = parser;
    }

    /** The model this process shares, loaded on the first call. */
    public static LanguageModel shared() {
        LanguageModel m = shared;
        if (m == null) {
            synchronized (LanguageModel.class) {
                m = shared;
                if (m == null) {
                    m = load();
                    shared = m;
                }
            }
        }
        return m;
    }

    /** Loads the models (a few seconds and about a gigabyte of heap). */
    public static LanguageModel load() {
        Properties t = new Properties();
        t.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        t.setProperty("ssplit.isOneSentence", "true");
        t.setProperty("tokenize.language", "en");
        t.setProperty("pos.model", "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger");
        t.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
        t.setProperty("ner.applyNumericClassifiers", "false");
        t.setProperty("ner.applyFineGrained", "false");
        t.setProperty("ner.useSUTime", "false");
        t.setProperty("ner.buildEntityMentions", "false");
        Properties p = new Properties();
        p.setProperty("annotators", "depparse");
        p.setProperty("enforceRequirements", "false");
        p.setProperty("depparse.model", "edu/stanford/nlp/models/parser/nndep/english_UD.gz");
        return new LanguageModel(new StanfordCoreNLP(t), new StanfordCoreNLP(p));
    }

    /** Tokens, tags, lemmas and named entities of {@code text}, read as one sentence. */
    public TaggedSentence tag(String text) {
        Annotation annotation = new Annotation(text);
        tagger.annotate(annotation);
        List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        List<Token> tokens = new ArrayList<>();
        if (sentences != null && !sentences.isEmpty()) {
            for (CoreLabel l : sentences.getFirst().get(CoreAnnotations.TokensAnnotation.class)) {
                // patterns match lemmas in lower case, "Chief" in a title as "chief" in a clause
                l.setLemma(l.lemma() == null ? l.word().toLowerCase(java.util.Locale.ROOT)
                        : l.lemma().toLowerCase(java.util.Locale.ROOT));
                tokens.add(token(l));
            }
        }
        return new TaggedSentence(text, List.copyOf(tokens), annotation);
    }

    /** A sentence left unparsed (no tokens): too long to be prose. */
    public TaggedSentence untagged(String text) {
        return new TaggedSentence(text, List.of(), null);
    }

    /**
     * The dependency parse of a tagged sentence, after correcting the tags of the tokens the caller knows to be parts
     * of names ({@link ParseHints#tags()}: "NNP" for a capitalised name word, "NN" for a word of a lower-case entity
     * such as "drone parts", which the tagger may have read as a verb, "VBG" for a gerund read as an adjective). The
     * parser sees each multi-word name as one word and no short aside in brackets ({@link CompactSentence}).
     */
    public ParsedSentence parse(TaggedSentence tagged, ParseHints hints) {
        if (tagged.tokens().isEmpty()) {
            return new ParsedSentence(tagged.text(), List.of(), new SemanticGraph(), new SemanticGraph());
        }
        Annotation annotation = tagged.annotation();
        CoreMap s = annotation.get(CoreAnnotations.SentencesAnnotation.class).getFirst();
        List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
        hints.tags().forEach((i, tag) -> {
            CoreLabel l = labels.get(i);
            if (KEEP_TAGS.contains(l.tag()) || l.tag().startsWith(tag)) {
                return;
            }
            if (tag.equals("NNP")) {
                l.setTag(l.tag().endsWith("S") && l.word().endsWith("s") ? "NNPS" : "NNP");
            } else if (tag.equals("VBG") || tag.equals("VBD")) {
                l.setTag(tag);
            } else if (!l.tag().startsWith("JJ") && !l.tag().startsWith("NN")) {
                l.setTag(l.word().endsWith("s") && !l.word().endsWith("ss") ? "NNS" : "NN");
            }
        });
        List<Token> tokens = new ArrayList<>(labels.size());
        for (CoreLabel l : labels) {
            tokens.add(token(l));
        }
        SemanticGraph basic;
        SemanticGraph enhanced;
        CompactSentence compact = new CompactSentence(labels, hints.names());
        if (compact.unchanged()) {
            parser.annotate(annotation);
            basic = s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
            enhanced = s.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
        } else {
            Annotation reduced = compact.annotation(tagged.text());
            parser.annotate(reduced);
            CoreMap r = reduced.get(CoreAnnotations.SentencesAnnotation.class).getFirst();
            basic = compact.restore(r.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class));
            enhanced = compact.restore(r.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class));
        }
        GardenPathRepair.repair(enhanced);
        GerundRepair.repair(enhanced);
        SharedDependents.share(enhanced);
        Subjects.propagate(enhanced, hints.idiomObjects(), hints.instrumentVerbs());
        return new ParsedSentence(tagged.text(), List.copyOf(tokens), basic, enhanced);
    }

    private static Token token(CoreLabel l) {
        return new Token(l.index() - 1, l.originalText(), l.beginPosition(), l.endPosition(), l.tag(), l.lemma(),
                l.ner());
    }
}
