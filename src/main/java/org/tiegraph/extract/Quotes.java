package org.tiegraph.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tiegraph.ingest.Sentence;

/**
 * The verbatim quote of an edge and the year it states. The quote is the whole sentence when it is short and in one
 * piece; otherwise the clause around the edge's words (out to ";" or ":", then to commas), kept inside the segment of
 * the sentence that holds the trigger, so it is always one contiguous stretch of the document.
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

    private Quotes() {
    }

    /**
     * Document offsets {start, end} of the quote for words at sentence-text offsets {@code a..b} with the trigger
     * at {@code anchor}, or null when no verbatim quote can be made.
     */
    static int[] quote(Sentence s, String documentText, int a, int b, int anchor) {
        String text = s.text();
        if (s.segments().size() <= 1 && text.length() <= MAX_WHOLE_SENTENCE) {
            return trim(documentText, s.start(), s.end());
        }
        int left = lastIndexOfAny(text, ";:", a) + 1;
        int right = indexOfAny(text, ";:", b);
        if (right < 0) {
            right = text.length();
        }
        if (right - left > MAX_WHOLE_SENTENCE) {
            left = Math.max(left, lastIndexOfAny(text, ",", a) + 1);
            int r = indexOfAny(text, ",", b);
            right = r < 0 ? right : Math.min(right, r);
        }
        int[] seg = segmentOf(s, anchor);
        int qa = Math.max(left, seg[0]);
        int qb = Math.min(right, seg[1]);
        if (qb <= qa) {
            qa = seg[0];
            qb = seg[1];
        }
        int ds = s.documentOffset(qa);
        int de = s.documentOffset(qb);
        return de <= ds ? null : trim(documentText, ds, de);
    }

    /** The year the quote states nearest to {@code anchor} (a document offset) in its clause, or a leading date's. */
    static String year(String quote, int quoteStart, int anchor) {
        int at = anchor - quoteStart;
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

    /** The [start, end) of the segment holding sentence-text offset {@code at}, in sentence-text offsets. */
    private static int[] segmentOf(Sentence s, int at) {
        List<Sentence.Segment> segs = s.segments();
        if (segs.isEmpty()) {
            return new int[]{0, s.text().length()};
        }
        int consumed = 0;
        for (Sentence.Segment g : segs) {
            int len = g.end() - g.start();
            if (at < consumed + len + 1) {
                return new int[]{consumed, consumed + len};
            }
            consumed += len + 1;
        }
        Sentence.Segment last = segs.getLast();
        int len = last.end() - last.start();
        return new int[]{consumed - len - 1, consumed - 1};
    }

    private static int[] trim(String doc, int start, int end) {
        while (start < end && Character.isWhitespace(doc.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(doc.charAt(end - 1))) {
            end--;
        }
        return end > start ? new int[]{start, end} : null;
    }
}
