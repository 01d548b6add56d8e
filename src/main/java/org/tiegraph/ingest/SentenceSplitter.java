package org.tiegraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a paragraph into sentences at terminal punctuation followed by whitespace and a capital, a digit or an
 * opening quote, except after abbreviations (U.S., Dr., Gen., No. 5, e.g., Jan. 6, pp.), initials (John C.K. Daly)
 * and inside decimals (90.5%). Returns trimmed {@code [start, end)} ranges of the input.
 */
final class SentenceSplitter {

    /** Abbreviations after which a sentence never ends. */
    private static final Set<String> NEVER_FINAL = Set.of("mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col",
            "capt", "cpt", "maj", "sgt", "adm", "cmdr", "gov", "sen", "rep", "amb", "pres", "st", "mt", "ft", "fig",
            "figs", "vol", "vols", "ch", "chap", "sec", "art", "para", "p", "pp", "vs", "cf", "e.g", "i.e", "approx",
            "dept", "est", "ref", "rev", "hon", "messrs", "viz", "no", "nos", "op", "ed", "eds", "trans");
    /** Abbreviations that may end a sentence: only a following sentence-opening word decides a break. */
    private static final Set<String> MAYBE_FINAL = Set.of("inc", "ltd", "co", "corp", "llc", "plc", "bros", "jr",
            "sr", "etc", "al", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "a.m", "p.m", "u.s", "u.k", "u.n", "e.u", "d.c", "u.s.a", "p.r.c", "r.o.k", "d.p.r.k");
    private static final Set<String> SENTENCE_OPENERS = Set.of("The", "This", "That", "These", "Those", "It", "Its",
            "In", "On", "At", "As", "A", "An", "But", "However", "Since", "After", "Before", "While", "When", "If",
            "They", "He", "She", "We", "There", "Such", "Some", "Many", "Most", "Both", "Despite", "Although", "Yet",
            "Thus", "Moreover", "Meanwhile", "Nevertheless", "For", "According", "Also", "Other", "Another",
            "Their", "His", "Her", "Our", "Then", "So", "And", "Or", "Even", "Still", "Following", "Under", "By");
    /**
     * The longest sentence handed on. A longer run without a sentence end (a table, a list, a whole file on one line)
     * is cut at spaces, so no later step works on one unbounded sentence; the longest sentence of the seeds and the
     * evaluation corpus has 1 040 characters.
     */
    static final int MAX_SENTENCE = 2_000;
    private static final String CLOSING = "”’\"')]»";
    private static final String OPENING = "“‘\"'([«";

    private SentenceSplitter() {
    }

    static List<int[]> split(CharSequence text) {
        List<int[]> sentences = new ArrayList<>();
        int n = text.length();
        int sentenceStart = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c != '.' && c != '?' && c != '!') {
                continue;
            }
            int j = i + 1;
            while (j < n && (text.charAt(j) == '.' || text.charAt(j) == '?' || text.charAt(j) == '!')) {
                j++;
            }
            while (j < n && CLOSING.indexOf(text.charAt(j)) >= 0) {
                j++;
            }
            if (j < n && !space(text.charAt(j))) {
                i = j - 1;
                continue;
            }
            int k = j;
            while (k < n && space(text.charAt(k))) {
                k++;
            }
            if (k < n && !opensSentence(text, k)) {
                i = j - 1;
                continue;
            }
            // "Executive Order (E.O.) 14024": an abbreviation closing a bracket is no sentence end either
            if (c == '.' && (j == i + 1 || text.charAt(i + 1) == ')' && j == i + 2)
                    && continuesAfterAbbreviation(text, i, k)) {
                continue;
            }
            add(sentences, text, sentenceStart, j);
            sentenceStart = j;
            i = j - 1;
        }
        add(sentences, text, sentenceStart, n);
        return sentences;
    }

    /** White space, including the no-break spaces press releases put after a full stop. */
    private static boolean space(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** A capital, a digit, an opening mark, or a name written with an inner capital ("iJet", "eBay"). */
    private static boolean opensSentence(CharSequence text, int k) {
        char c = text.charAt(k);
        if (Character.isUpperCase(c) || Character.isDigit(c) || OPENING.indexOf(c) >= 0) {
            return true;
        }
        for (int i = k + 1; i < text.length() && i < k + 4 && Character.isLetter(text.charAt(i)); i++) {
            if (Character.isUpperCase(text.charAt(i))) {
                return Character.isLowerCase(c);
            }
        }
        return false;
    }

    /** Whether the period at {@code dot} belongs to an abbreviation that the text after {@code next} continues. */
    private static boolean continuesAfterAbbreviation(CharSequence text, int dot, int next) {
        int wordStart = dot;
        while (wordStart > 0 && !space(text.charAt(wordStart - 1))
                && OPENING.indexOf(text.charAt(wordStart - 1)) < 0) {
            wordStart--;
        }
        String word = text.subSequence(wordStart, dot).toString();
        if (word.isEmpty()) {
            return false;
        }
        String key = word.toLowerCase(Locale.ROOT);
        String nextWord = wordAt(text, next);
        boolean nextIsNumber = !nextWord.isEmpty() && Character.isDigit(nextWord.charAt(0));
        if (NEVER_FINAL.contains(key)) {
            // "No. 5" is an abbreviation; "said no. The" is not
            return !key.equals("no") && !key.equals("nos") && !key.equals("op") || nextIsNumber;
        }
        boolean initials = word.matches("(?:\\p{Lu}\\.)*\\p{Lu}") || word.matches("(?:\\p{L}\\.)+\\p{L}");
        if (MAYBE_FINAL.contains(key) || initials) {
            return nextIsNumber || !SENTENCE_OPENERS.contains(nextWord);
        }
        return false;
    }

    private static String wordAt(CharSequence text, int from) {
        int end = from;
        while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
            end++;
        }
        return text.subSequence(from, end).toString();
    }

    /** Adds {@code [start, end)} trimmed; beyond {@link #MAX_SENTENCE} it is cut at the last space before the limit. */
    private static void add(List<int[]> sentences, CharSequence text, int start, int end) {
        while (true) {
            while (start < end && space(text.charAt(start))) {
                start++;
            }
            while (end > start && space(text.charAt(end - 1))) {
                end--;
            }
            if (end - start <= MAX_SENTENCE) {
                break;
            }
            int cut = start + MAX_SENTENCE;
            while (cut > start + MAX_SENTENCE / 2 && !space(text.charAt(cut))) {
                cut--;
            }
            if (!space(text.charAt(cut))) {
                // no space in the second half: cut inside the word, never inside a surrogate pair
                cut = start + MAX_SENTENCE - (Character.isLowSurrogate(text.charAt(start + MAX_SENTENCE)) ? 1 : 0);
            }
            add(sentences, text, start, cut);
            start = cut;
        }
        if (start < end) {
            sentences.add(new int[]{start, end});
        }
    }
}
