package org.tiegraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits a sentence into word, number and punctuation tokens, keeping their offsets. */
final class Tokenizer {

    private static final Pattern TOKEN = Pattern.compile(
            "(?:\\p{Lu}\\.){2,}"                      // U.S., U.N.
            + "|\\d+(?:[.,]\\d+)+"                     // 11,000 2.5
            + "|['’]s(?![\\p{L}\\p{N}])"               // possessive
            + "|n['’]t(?![\\p{L}])"                   // negation clitic
            + "|[\\p{L}\\p{N}]+(?:\\.(?=\\s\\p{Ll}))?" // words (and abbreviations before a lower-case word)
            + "|[^\\s\\p{L}\\p{N}]");

    private Tokenizer() {
    }

    /** A token: kind, offsets in the sentence text, the text. */
    record Token(Unit.Kind kind, int start, int end, String text) {
    }

    static List<Token> tokenize(String text) {
        List<Token> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            String t = m.group();
            Unit.Kind kind;
            if (Character.isDigit(t.charAt(0))) {
                kind = allDigits(t) ? Unit.Kind.NUMBER : Unit.Kind.WORD;
            } else if (Character.isLetter(t.charAt(0)) || t.charAt(0) == '\'' || t.charAt(0) == '’') {
                kind = Unit.Kind.WORD;
            } else {
                kind = Unit.Kind.PUNCT;
            }
            out.add(new Token(kind, m.start(), m.end(), t));
        }
        return out;
    }

    private static boolean allDigits(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (!Character.isDigit(c) && c != ',' && c != '.') {
                return false;
            }
        }
        return true;
    }
}
