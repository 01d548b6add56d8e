package org.tiegraph.extract;

/**
 * A text folded for matching (lower case, straight quotes, one hyphen for every dash, every run of white space as one
 * space, a hyphen that ends a line joined to the next word) with the map back to the offsets of the original text.
 */
final class NormalizedText {

    private final String text;
    private final int[] origin;
    private final int originalLength;

    private NormalizedText(String text, int[] origin, int originalLength) {
        this.text = text;
        this.origin = origin;
        this.originalLength = originalLength;
    }

    static NormalizedText of(String original) {
        StringBuilder out = new StringBuilder(original.length());
        int[] map = new int[original.length() + 1];
        int n = 0;
        for (int i = 0; i < original.length(); i++) {
            char c = original.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0') {
                if (n > 0 && out.charAt(n - 1) != ' ' && !(out.charAt(n - 1) == '-' && lineBreakAhead(original, i))) {
                    map[n++] = i;
                    out.append(' ');
                }
                continue;
            }
            map[n++] = i;
            out.append(fold(c));
        }
        int[] trimmed = new int[n];
        System.arraycopy(map, 0, trimmed, 0, n);
        return new NormalizedText(out.toString(), trimmed, original.length());
    }

    /** The folded form of a short string, as used for gazetteer keys and slugs. */
    static String fold(String s) {
        return of(s).text().trim();
    }

    static char fold(char c) {
        return switch (c) {
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\u00ad' -> '-';
            case '\u2018', '\u2019', '\u201a', '\u201b', '\u2032', '`', '\u00b4' -> '\'';
            case '\u201c', '\u201d', '\u201e', '\u201f', '\u2033', '\u00ab', '\u00bb' -> '"';
            default -> Character.toLowerCase(c);
        };
    }

    private static boolean lineBreakAhead(String s, int i) {
        for (int j = i; j < s.length() && Character.isWhitespace(s.charAt(j)); j++) {
            if (s.charAt(j) == '\n' || s.charAt(j) == '\r') {
                return true;
            }
        }
        return false;
    }

    String text() {
        return text;
    }

    /** Original offset of the folded character at {@code i}. */
    int originalStart(int i) {
        return i < origin.length ? origin[i] : originalLength;
    }

    /** Original end offset (exclusive) of a folded span ending (exclusive) at {@code end}. */
    int originalEnd(int end) {
        return end == 0 ? 0 : origin[end - 1] + 1;
    }
}
