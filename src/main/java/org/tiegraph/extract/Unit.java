package org.tiegraph.extract;

import java.util.List;

/**
 * One step of a sentence as the relation rules see it: a word, a number, a punctuation mark, or a whole entity mention
 * (which may stand for several entities when an anaphor such as "the two countries" names them together). Offsets are
 * in the sentence text.
 */
final class Unit {

    enum Kind { WORD, NUMBER, PUNCT, ENTITY }

    /** An entity a unit stands for. */
    record Ref(String id, String type) {
    }

    final Kind kind;
    final int start;
    final int end;
    final String text;
    final String lower;
    final List<Ref> refs;
    final boolean anaphor;
    boolean possessive;
    int index;

    Unit(Kind kind, int start, int end, String text, List<Ref> refs, boolean anaphor) {
        this.kind = kind;
        this.start = start;
        this.end = end;
        this.text = text;
        this.lower = NormalizedText.fold(text);
        this.refs = refs;
        this.anaphor = anaphor;
    }

    boolean isEntity() {
        return kind == Kind.ENTITY;
    }

    boolean isWord() {
        return kind == Kind.WORD;
    }

    boolean is(String word) {
        return kind != Kind.ENTITY && lower.equals(word);
    }

    boolean in(java.util.Set<String> words) {
        return kind != Kind.ENTITY && words.contains(lower);
    }

    boolean capitalized() {
        return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
    }

    @Override
    public String toString() {
        return isEntity() ? "[" + text + "=" + refs + (possessive ? "'s" : "") + "]" : text;
    }
}
