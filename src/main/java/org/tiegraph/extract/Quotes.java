package org.tiegraph.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tiegraph.ingest.Sentence;

/**
 * The quote of an edge and the year it states. The quote is the whole sentence when it is short; otherwise the clause
 * around the edge's words (out to ";" or ":", then to commas). A sentence cut by a page break is quoted across its
 * segments, so the quote is made of verbatim stretches of the document joined by one space, as the sentence is.
 */
final class Quotes {

    static final int MAX_WHOLE_SENTENCE = 400;

    private static final Pattern YEAR = Pattern.compile(
            "(?<![\\p{L}\\p{N}$,.])(1[6-9]\\d\\d|20\\d\\d)(s?)(?![\\p{L}\\p{N}%]|,\\d)");
    private static final Pattern CLAUSE_BREAK = Pattern.compile(
            "[;:]|,\\s+(?:and|but|while|whereas|although|though)\\s|\\swhile\\s|\\swhereas\\s");
    private static final Pattern LEADING_DATE = Pattern.compile("(?i)(in|since|by|from|during|until|after|before|as of|"
            + "as recently as|throughout|at least)?(\\s+(early|late|mid-?))?(\\s+(january|february|march|april|may|june|"
            + "july|august|september|october|november|december))?(\\s+\\d{1,2},)?\\s*");

    /** A quote: the document stretches it is made of, its text, and where the edge's trigger stands in that text. */
    record Quote(List<Sentence.Segment> segments, String text, int anchor) {
    }

    private Quotes() {
    }

    /**
     * The quote of sentence {@code s} for words at sentence-text offsets {@code a..b} with the trigger at
     * {@code anchor}, or null when it would be empty.
     */
    static Quote quote(Sentence s, String documentText, int a, int b, int anchor) {
        String text = s.text();
        int left = 0;
        int right = text.length();
        if (text.length() > MAX_WHOLE_SENTENCE) {
            left = lastIndexOfAny(text, ";:", a) + 1;
            right = indexOfAny(text, ";:", b);
            if (right < 0) {
                right = text.length();
            }
            if (right - left > MAX_WHOLE_SENTENCE) {
                left = Math.max(left, lastIndexOfAny(text, ",", a) + 1);
                int r = indexOfAny(text, ",", b);
                right = r < 0 ? right : Math.min(right, r);
            }
        }
        while (left < right && Character.isWhitespace(text.charAt(left))) {
            left++;
        }
        while (right > left && Character.isWhitespace(text.charAt(right - 1))) {
            right--;
        }
        if (right <= left) {
            return null;
        }
        List<Sentence.Segment> segments = s.segmentsBetween(left, right);
        return new Quote(segments, Sentence.joined(documentText, segments), anchor - left);
    }

    /** The quote of one stretch {@code [start, end)} of the document, the trigger at document offset {@code anchor}. */
    static Quote stretch(String documentText, int start, int end, int anchor) {
        return new Quote(List.of(new Sentence.Segment(start, end)), documentText.substring(start, end), anchor - start);
    }

    /** The year the quote states nearest to offset {@code at} of the quote in its clause, or a leading date's. */
    static String year(String quote, int at) {
        int clauseStart = 0;
        int clauseEnd = quote.length();
        Matcher c = CLAUSE_BREAK.matcher(quote);
        while (c.find()) {
            if (c.end() <= at) {
                clauseStart = c.end();
            } else if (c.start() >= at) {
                clauseEnd = c.start();
                break;
            }
        }
        Matcher m = YEAR.matcher(quote);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        while (m.find()) {
            boolean leading = LEADING_DATE.matcher(quote.substring(0, m.start())).matches();
            if (!leading && (m.start() < clauseStart || m.end() > clauseEnd)) {
                continue;
            }
            int distance = Math.abs(m.start() - at) + (m.start() > at ? 1 : 0);
            if (leading) {
                distance = Math.min(distance, 60);
            }
            if (distance < bestDistance) {
                bestDistance = distance;
                best = m.group(1) + m.group(2);
            }
        }
        return best;
    }

    private static int lastIndexOfAny(String t, String chars, int before) {
        for (int i = Math.min(before, t.length()) - 1; i >= 0; i--) {
            if (chars.indexOf(t.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static int indexOfAny(String t, String chars, int from) {
        for (int i = Math.max(0, from); i < t.length(); i++) {
            if (chars.indexOf(t.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
