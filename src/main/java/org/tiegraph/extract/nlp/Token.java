package org.tiegraph.extract.nlp;

/**
 * One token of a parsed sentence: its 0-based index, the text as written, character offsets in the sentence text,
 * Penn part-of-speech tag, lemma and the CoreNLP 3-class named-entity tag (PERSON, ORGANIZATION, LOCATION or O).
 */
public record Token(int index, String text, int start, int end, String tag, String lemma, String ner) {

    public boolean isProperNoun() {
        return tag.startsWith("NNP");
    }

    public boolean isNoun() {
        return tag.startsWith("NN");
    }

    public boolean isVerb() {
        return tag.startsWith("VB");
    }

    public boolean capitalized() {
        return !text.isEmpty() && (Character.isUpperCase(text.codePointAt(0)) || innerCapital());
    }

    /** A name written with a lower-case prefix before its capital ("iJet", "eBay"). */
    private boolean innerCapital() {
        return text.length() >= 3 && Character.isLowerCase(text.charAt(0)) && Character.isUpperCase(text.charAt(1))
                && Character.isLowerCase(text.charAt(2));
    }
}
