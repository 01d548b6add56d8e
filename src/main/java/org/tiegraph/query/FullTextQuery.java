package org.tiegraph.query;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns free user text into a Lucene query for the entity full-text index without letting it speak Lucene syntax:
 * every token is lower-cased (so AND/OR/NOT stay words) and every special character escaped. The query prefers the
 * whole phrase, then all words (the last one as a prefix), then fuzzy matches of the longer words. Prefix and fuzzy
 * terms are built from plain letters and digits only.
 */
public final class FullTextQuery {

    private static final String SPECIAL = "+-&|!(){}[]^\"~*?:\\/";
    private static final Pattern SPACE = Pattern.compile("\\s+");
    /** Dropped when comparing names: straight and curly quotes and light punctuation. */
    private static final String IGNORED_CHARACTERS = "\"'\u2018\u2019\u201c\u201d.,;:()";
    /** What {@code \\s} matches: runs of these become one space. */
    private static final String SPACE_CHARACTERS = " \t\n\u000B\f\r";
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final int FUZZY_MIN_LENGTH = 4;
    /**
     * Words a search may hold: each word becomes up to three Lucene clauses, and Lucene refuses a query of more than
     * 1 024 (a search of 502 words failed with an internal error). No name in the catalogue has more than a dozen.
     */
    public static final int MAX_WORDS = 32;

    private FullTextQuery() {
    }

    /** The Lucene query for {@code text}, or null when the text holds no searchable token. */
    public static String build(String text) {
        List<String> tokens = new ArrayList<>();
        for (String raw : SPACE.split(text == null ? "" : text.strip())) {
            if (!raw.isEmpty()) {
                tokens.add(escape(raw.toLowerCase(Locale.ROOT)));
            }
        }
        if (tokens.isEmpty()) {
            return null;
        }
        List<String> clauses = new ArrayList<>();
        clauses.add("\"" + String.join(" ", tokens) + "\"^4");
        List<String> words = words(text);
        if (!words.isEmpty()) {
            List<String> all = new ArrayList<>(words);
            all.set(all.size() - 1, all.getLast() + "*");
            clauses.add("(" + String.join(" AND ", all) + ")^2");
            List<String> fuzzy = words.stream().filter(w -> w.length() >= FUZZY_MIN_LENGTH).map(w -> w + "~1").toList();
            if (!fuzzy.isEmpty()) {
                clauses.add("(" + String.join(" ", fuzzy) + ")");
            }
        }
        return String.join(" OR ", clauses);
    }

    /** How many words the text holds, counted both ways a query is built from it (space-separated, and as words). */
    public static int wordCount(String text) {
        long spaced = SPACE.splitAsStream(text == null ? "" : text.strip()).filter(t -> !t.isEmpty()).count();
        return (int) Math.max(spaced, words(text).size());
    }

    /**
     * The words of the text as the index's analyser sees them (letters and digits, lower-cased, accents folded), for
     * the prefix and fuzzy clauses, which Lucene does not analyse.
     */
    static List<String> words(String text) {
        String folded = MARKS.matcher(Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD)).replaceAll("");
        List<String> out = new ArrayList<>();
        for (String w : NON_WORD.split(folded.toLowerCase(Locale.ROOT))) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /** Backslash-escapes every character the classic Lucene query parser treats as syntax. */
    public static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (char c : s.toCharArray()) {
            if (SPECIAL.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /**
     * The form names and aliases are compared in for an exact match: NFKC, lower case, quotes and the punctuation
     * {@code . , ; : ( )} dropped, Unicode dashes made hyphens, runs of spaces made one. One pass: a search compares
     * every alias of up to a thousand hits.
     */
    public static String normalise(String s) {
        if (s == null) {
            return "";
        }
        String n = Normalizer.isNormalized(s, Normalizer.Form.NFKC) ? s : Normalizer.normalize(s, Normalizer.Form.NFKC);
        n = n.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(n.length());
        boolean space = false;
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (IGNORED_CHARACTERS.indexOf(c) >= 0) {
                continue;
            }
            if (SPACE_CHARACTERS.indexOf(c) >= 0) {
                space = true;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(c >= '\u2010' && c <= '\u2015' ? '-' : c);
        }
        return out.toString().strip();
    }
}
