package org.tiegraph.extract.nlp;

import edu.stanford.nlp.pipeline.Annotation;
import java.util.List;

/**
 * A sentence tokenized, tagged, lemmatized and with named entities, not yet parsed: the names found in it can still
 * correct the tags before the dependency parser runs ({@link LanguageModel#parse(TaggedSentence, ParseHints)}).
 */
public final class TaggedSentence implements Words {

    private final String text;
    private final List<Token> tokens;
    private final Annotation annotation;

    TaggedSentence(String text, List<Token> tokens, Annotation annotation) {
        this.text = text;
        this.tokens = tokens;
        this.annotation = annotation;
    }

    @Override
    public String text() {
        return text;
    }

    @Override
    public List<Token> tokens() {
        return tokens;
    }

    Annotation annotation() {
        return annotation;
    }
}
