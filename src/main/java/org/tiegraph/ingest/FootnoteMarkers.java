package org.tiegraph.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds footnote reference markers in body text. OCR turns superscript numbers into digits or glyphs glued to the
 * end of a word or sentence ({@code 1980s.!}, {@code agreement.*}, {@code allies, '° but}, {@code year. !! Despite},
 * {@code processing.22}, {@code Russia.”*}); markdown writes them as {@code [^3]}, web pages as {@code [3]} or
 * superscript digits. Ordinary punctuation and genuine
 * closing quotes are told apart from markers by what precedes them and by quote balance.
 */
final class FootnoteMarkers {

    /** A marker candidate {@code [start, end)} in the scanned text, with its digits when readable. */
    record Marker(int start, int end, Integer digits, int strength) {
    }

    static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
    private static final String GLYPHS = "!?°¢*®™§†‡'’”\"><»«^";
    private static final String STRONG_GLYPHS = "°¢*®™§†‡><»«^";
    private static final String CLOSERS = ".,;:”’\")]";

    private FootnoteMarkers() {
    }

    /**
     * Markers in {@code text}; {@code context} is text that precedes it in the same paragraph (for quote balance).
     */
    static List<Marker> find(String context, String text) {
        List<Marker> markers = new ArrayList<>();
        String whole = context + text;
        QuoteBalance doubleQuotes = new QuoteBalance(whole, context.length(), '“', '”');
        QuoteBalance singleQuotes = new QuoteBalance(whole, context.length(), '‘', '’');
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '[' && i + 1 < n && i > 0 && !Character.isWhitespace(text.charAt(i - 1))) {
                // markdown "[^3]" and bracketed "[3]" references
                int close = text.indexOf(']', i);
                String label = close > i ? text.substring(i + 1, close) : "";
                boolean caret = label.startsWith("^") && label.length() > 1 && label.length() < 12;
                if (close > i && (caret || label.matches("\\d{1,3}"))
                        && (close + 1 >= n || text.charAt(close + 1) != ':' && text.charAt(close + 1) != '(')) {
                    String digits = caret ? label.substring(1) : label;
                    markers.add(new Marker(i, close + 1, digits.matches("\\d{1,3}") ? Integer.valueOf(digits) : null, 3));
                    i = close + 1;
                    continue;
                }
            }
            if (SUPERSCRIPTS.indexOf(c) >= 0 && i > 0 && !Character.isWhitespace(text.charAt(i - 1))) {
                // Unicode superscript digits ("Russia.¹²") are unmistakable
                int end = i;
                while (end < n && SUPERSCRIPTS.indexOf(text.charAt(end)) >= 0) {
                    end++;
                }
                if (end - i <= 3) {
                    markers.add(new Marker(i, end, superscriptValue(text.substring(i, end)), 3));
                }
                i = end;
                continue;
            }
            if (Character.isDigit(c) && i > 2 && Character.isLowerCase(text.charAt(i - 1))
                    && Character.isLowerCase(text.charAt(i - 2)) && Character.isLetter(text.charAt(i - 3))) {
                // superscript digits glued to a word ("sanctions12 were"): the weakest candidates
                int end = i;
                while (end < n && Character.isDigit(text.charAt(end))) {
                    end++;
                }
                if (end - i <= 3 && (end >= n || Character.isWhitespace(text.charAt(end))
                        || ",;:.)".indexOf(text.charAt(end)) >= 0)) {
                    markers.add(new Marker(i, end, Integer.valueOf(text.substring(i, end)), 0));
                }
                i = end;
                continue;
            }
            if (!isMarkerChar(c) || !(i == 0 || !isMarkerChar(text.charAt(i - 1)))) {
                i++;
                continue;
            }
            int end = i;
            while (end < n && end - i < 4 && isMarkerChar(text.charAt(end))) {
                end++;
            }
            Marker marker = candidate(text, i, end, doubleQuotes, singleQuotes);
            if (marker != null) {
                markers.add(marker);
            }
            i = end;
        }
        return markers;
    }

    /** The number written in superscript digits. */
    static int superscriptValue(String superscripts) {
        int value = 0;
        for (int i = 0; i < superscripts.length(); i++) {
            value = value * 10 + SUPERSCRIPTS.indexOf(superscripts.charAt(i));
        }
        return value;
    }

    private static boolean isMarkerChar(char c) {
        return Character.isDigit(c) || GLYPHS.indexOf(c) >= 0;
    }

    private static Marker candidate(String text, int start, int end, QuoteBalance doubleQuotes,
                                    QuoteBalance singleQuotes) {
        int n = text.length();
        if (end < n && !Character.isWhitespace(text.charAt(end))) {
            return null;
        }
        if (start == 0) {
            return null;
        }
        char before = text.charAt(start - 1);
        boolean spaced = before == ' ';
        char anchor = spaced ? (start >= 2 ? text.charAt(start - 2) : ' ') : before;
        if (spaced && CLOSERS.indexOf(anchor) < 0) {
            return null;
        }
        // a closing quote right after the sentence end is a real quote when one is open
        int s = start;
        if (!spaced && (text.charAt(s) == '”' || text.charAt(s) == '"') && CLOSERS.indexOf(before) >= 0
                && (end - s > 1 || doubleQuotes.openBefore(s))) {
            s++;
            if (s == end) {
                return null;
            }
        }
        String token = text.substring(s, end);
        boolean pureDigits = token.chars().allMatch(Character::isDigit);
        boolean hasDigit = token.chars().anyMatch(Character::isDigit);
        boolean hasStrong = token.chars().anyMatch(ch -> STRONG_GLYPHS.indexOf(ch) >= 0);
        char prev = text.charAt(s - 1);
        Integer digits = hasDigit && token.replaceAll("\\D", "").length() <= 3
                ? Integer.valueOf(token.replaceAll("\\D", "")) : null;
        if (pureDigits) {
            // "processing.22": digits glued to sentence punctuation that follows a word
            boolean glued = !spaced && ".,;:”’\")".indexOf(prev) >= 0 && s >= 2 && Character.isLetter(text.charAt(s - 2))
                    || !spaced && (prev == '”' || prev == '’') && s >= 3 && text.charAt(s - 2) == '.';
            // "since 2020.2 Officials": a number, a period, digits, then a new sentence; weaker, it may be a decimal
            boolean afterNumber = !spaced && prev == '.' && s >= 2 && Character.isDigit(text.charAt(s - 2))
                    && nextWordCapitalised(text, end);
            if (token.length() > 3) {
                return null;
            }
            return glued ? new Marker(s, end, digits, 2) : afterNumber ? new Marker(s, end, digits, 1) : null;
        }
        if (Character.isLetter(prev) || Character.isDigit(prev)) {
            // after a word only unmistakable glyphs count: "Russia?" is a question, "Russia°" a marker
            return hasStrong && !token.startsWith("'") && !token.startsWith("’") ? new Marker(s, end, digits, 1)
                    : null;
        }
        if (CLOSERS.indexOf(prev) < 0 && prev != ' ') {
            return null;
        }
        if (token.length() == 1 && (token.equals("’") || token.equals("'"))) {
            if (!spaced && singleQuotes.openBefore(s)) {
                return null;
            }
            return new Marker(s, end, null, spaced ? 2 : 1);
        }
        if (token.length() == 1 && (token.equals("”") || token.equals("\""))) {
            return spaced ? new Marker(s, end, null, 1) : null;
        }
        if ((token.equals("?") || token.equals("!")) && prev != '.') {
            return null;
        }
        return new Marker(s, end, digits, hasStrong || hasDigit || token.length() > 1 ? 2 : 1);
    }

    private static boolean nextWordCapitalised(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i < text.length() && Character.isUpperCase(text.charAt(i));
    }

    /**
     * Whether more quotes of one pair are open than closed before a position of the scanned text, counting from the
     * start of its context (apostrophes inside words ignored). Positions are asked in increasing order, so the count
     * carries on from the last answer: one pass over the paragraph, however many candidates it holds.
     */
    private static final class QuoteBalance {
        private final String whole;
        private final int offset;
        private final char open;
        private final char close;
        private int scanned;
        private int depth;

        QuoteBalance(String whole, int offset, char open, char close) {
            this.whole = whole;
            this.offset = offset;
            this.open = open;
            this.close = close;
        }

        /** True when a quote is open before {@code textPosition} (the text's last character read as its end). */
        boolean openBefore(int textPosition) {
            int length = offset + textPosition;
            if (length == 0) {
                return false;
            }
            while (scanned < length - 1) {
                depth = step(depth, scanned, true);
                scanned++;
            }
            return step(depth, length - 1, false) > 0;
        }

        private int step(int before, int i, boolean followed) {
            char c = whole.charAt(i);
            if (c == open) {
                return before + 1;
            }
            if (c == close && before > 0) {
                boolean apostrophe = close == '’' && followed && i > 0 && Character.isLetter(whole.charAt(i - 1))
                        && Character.isLetter(whole.charAt(i + 1));
                return apostrophe ? before : before - 1;
            }
            return before;
        }
    }
}
