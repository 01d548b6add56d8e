package org.tiegraph.ingest;

import org.tiegraph.ingest.TextLayout.Kind;
import org.tiegraph.ingest.TextLayout.Unit;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the footnote blocks an OCR'd or plain-text document interleaves with its body. A page's footnote area is the
 * run of units at its end that start with a footnote marker (a number, or the glyphs OCR makes of one) or look like
 * citations; footnotes are numbered sequentially, so a mangled or lost marker takes the expected next number.
 * Unmarked units in an area continue the open footnote when it is unfinished or they start mid-sentence.
 */
final class FootnoteSeparator {

    /** A footnote being assembled: its number and the document stretches that hold its text. */
    static final class Draft {
        final int number;
        final int area;
        final List<int[]> pieces = new ArrayList<>();

        Draft(int number, int area) {
            this.number = number;
            this.area = area;
        }
    }

    /** The footnotes found and the footnote-area index of every unit (-1 for units outside areas). */
    record Result(List<Draft> footnotes, int[] unitArea) {
    }

    /**
     * A footnote marker at the start of a unit: its digits (if readable), where the footnote text begins, and whether
     * it is written like a list number ("3." or "[3]"), which needs a URL or a "see" to count as a footnote.
     */
    record LeadingMarker(Integer digits, int textStart, boolean pureDigits, boolean listStyle) {

        LeadingMarker(Integer digits, int textStart, boolean pureDigits) {
            this(digits, textStart, pureDigits, false);
        }
    }

    private static final String LEAD_GLYPHS = "!?°¢*%<>«»®™§†‡'’^";
    private static final Pattern MARKDOWN_DEFINITION = Pattern.compile("\\[\\^([^\\]\\s]+)]:\\s*");
    private static final Pattern NUMBERED_NOTE = Pattern.compile(
            "(?:(\\d{1,3})\\.|\\[(\\d{1,3})])[ \\t]+(?=[\\p{Lu}“\"‘«(]|https?:|www\\.)");
    private static final Pattern FINISHED = Pattern.compile("(?s).*[.!?][”’\"')\\]]*");
    private static final Pattern YEAR_FIRST = Pattern.compile("(?:19|20)\\d{2}[,.;:]");
    private static final Pattern URL = Pattern.compile("(?i)\\bhttps?://|\\bwww\\.|\\bdoi:\\s*10\\.");
    private static final Pattern MONTH_DATE = Pattern.compile(
            "\\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?\\s+(?:\\d{1,2},?\\s+)?(?:19|20)\\d{2}\\b");
    private static final Pattern QUOTED = Pattern.compile("[“\"][^”\"]{3,}[”\"]?");
    private static final Pattern CITATION_CUE = Pattern.compile(
            "(?:See|see|Cited in|Quoted in|Ibid|Id\\.|For (?:more|a |an |background|details)|On [^.]{0,80}, see)\\b.*",
            Pattern.DOTALL);

    private FootnoteSeparator() {
    }

    static Result separate(String text, List<Unit> units) {
        int[] unitArea = new int[units.size()];
        java.util.Arrays.fill(unitArea, -1);
        List<Draft> footnotes = new ArrayList<>();
        int expected = 1;
        int areaCount = 0;
        int pageFirst = 0;
        for (int i = 1; i <= units.size(); i++) {
            if (i < units.size() && !units.get(i).pageStart) {
                continue;
            }
            int from = pageFirst + 1;
            int suffix = areaStart(text, units, pageFirst, i, footnotes);
            // footnote blocks in mid-page (text without page marks): a correctly numbered, clearly cited block
            int mid;
            while ((mid = midPageAreaStart(text, units, from, suffix, expected)) >= 0) {
                int end = mid + 1;
                while (end < i && footnoteLike(text, units.get(end))) {
                    end++;
                }
                int numberAfter = assignArea(text, units, mid, end, footnotes, expected, areaCount, unitArea);
                if (numberAfter > 0) {
                    expected = numberAfter;
                    areaCount++;
                }
                from = end;
                suffix = Math.max(end, areaStart(text, units, pageFirst, i, footnotes));
            }
            if (suffix < i) {
                int numberAfter = assignArea(text, units, suffix, i, footnotes, expected, areaCount, unitArea);
                if (numberAfter > 0) {
                    expected = numberAfter;
                    areaCount++;
                }
            }
            pageFirst = i;
        }
        return new Result(footnotes, unitArea);
    }

    /** The first unit in {@code [from, to)} that opens a footnote block in mid-page, or -1. */
    private static int midPageAreaStart(String text, List<Unit> units, int from, int to, int expected) {
        for (int i = from; i < to; i++) {
            LeadingMarker marker = leadingMarker(text, units.get(i));
            if (marker == null) {
                continue;
            }
            boolean numbered = marker.pureDigits() ? marker.digits() == expected : marker.digits() == null;
            if (numbered && strongCitation(text.substring(marker.textStart(), units.get(i).end))) {
                return i;
            }
        }
        return -1;
    }

    /** The index of the first unit of the page's footnote area, or {@code pageEnd} when it has none. */
    private static int areaStart(String text, List<Unit> units, int pageFirst, int pageEnd, List<Draft> footnotes) {
        int start = pageEnd;
        while (start - 1 > pageFirst && footnoteLike(text, units.get(start - 1))) {
            start--;
        }
        // an unmarked first unit must continue an unfinished footnote from an earlier page, else it is body text
        while (start < pageEnd && leadingMarker(text, units.get(start)) == null) {
            Unit unit = units.get(start);
            boolean continues = !footnotes.isEmpty() && !finished(text, footnotes.get(footnotes.size() - 1))
                    && (URL.matcher(unit.text(text)).find() || startsMidSentence(unit.text(text)));
            if (continues) {
                break;
            }
            start++;
        }
        return start;
    }

    private static boolean footnoteLike(String text, Unit unit) {
        if (unit.bullet || unit.headingLine) {
            return false;
        }
        String content = unit.text(text);
        return leadingMarker(text, unit) != null || strongCitation(content)
                || startsMidSentence(content);
    }

    /**
     * Numbers the footnotes of one area; returns the next expected number, or 0 when the area turns out not to be one
     * (nothing in it is both marked and citation-like or correctly numbered).
     */
    private static int assignArea(String text, List<Unit> units, int from, int to, List<Draft> footnotes,
                                  int expected, int area, int[] unitArea) {
        boolean convincing = false;
        int rightNumbers = 0;
        int probe = expected;
        for (int i = from; i < to; i++) {
            LeadingMarker marker = leadingMarker(text, units.get(i));
            if (marker != null) {
                String content = text.substring(marker.textStart(), units.get(i).end);
                boolean rightNumber = marker.digits() != null && marker.digits() == probe && !marker.listStyle();
                rightNumbers += rightNumber ? 1 : 0;
                // a glyph at the start of a paragraph is as telling as the right number; a list number is not
                convincing |= marker.listStyle() ? URL.matcher(content).find() || CITATION_CUE.matcher(content).matches()
                        : strongCitation(content) || (rightNumber || !marker.pureDigits()) && weakCitation(content);
                probe++;
            }
        }
        if (!convincing && rightNumbers < 2) {
            return 0;
        }
        int next = expected;
        Draft open = footnotes.isEmpty() ? null : footnotes.get(footnotes.size() - 1);
        for (int i = from; i < to; i++) {
            Unit unit = units.get(i);
            unitArea[i] = area;
            unit.kind = Kind.FOOTNOTE;
            for (int[] chunk : chunks(text, unit, next)) {
                String content = text.substring(chunk[0], chunk[1]);
                LeadingMarker marker = leadingMarker(text, chunk[0], chunk[1], unit);
                if (marker != null) {
                    int number = resolveNumber(marker, next);
                    open = new Draft(number, area);
                    open.pieces.add(new int[]{marker.textStart(), chunk[1]});
                    footnotes.add(open);
                    next = number + 1;
                } else if (open != null && (!finished(text, open) || startsMidSentence(content))) {
                    open.pieces.add(chunk);
                } else {
                    open = new Draft(next, area);
                    open.pieces.add(chunk);
                    footnotes.add(open);
                    next++;
                }
            }
        }
        return next;
    }

    /**
     * Splits a footnote unit where a line inside it starts the next footnote without a blank line before it: the line
     * begins with exactly the next number and the line before ends a sentence.
     */
    private static List<int[]> chunks(String text, Unit unit, int expected) {
        List<int[]> chunks = new ArrayList<>();
        int chunkStart = unit.start;
        int next = expected + (leadingMarker(text, unit) != null ? 1 : 0);
        int lineStart = text.indexOf('\n', unit.start);
        while (lineStart >= 0 && lineStart < unit.end) {
            int contentStart = lineStart + 1;
            while (contentStart < unit.end && text.charAt(contentStart) == ' ') {
                contentStart++;
            }
            String before = text.substring(chunkStart, lineStart).strip();
            LeadingMarker marker = leadingMarker(text, contentStart, unit.end, unit);
            if (marker != null && marker.pureDigits() && marker.digits() == next
                    && FINISHED.matcher(before).matches()) {
                chunks.add(new int[]{chunkStart, lineStart});
                chunkStart = contentStart;
                next++;
            }
            lineStart = text.indexOf('\n', lineStart + 1);
        }
        chunks.add(new int[]{chunkStart, unit.end});
        return chunks;
    }

    /** The number a marker stands for, given the expected next number: readable nearby digits win, else expected. */
    static int resolveNumber(LeadingMarker marker, int expected) {
        Integer digits = marker.digits();
        if (digits != null && marker.pureDigits() && digits >= expected && digits <= expected + 3) {
            return digits;
        }
        return expected;
    }

    /** The footnote marker a unit starts with, or null. */
    static LeadingMarker leadingMarker(String text, Unit unit) {
        return leadingMarker(text, unit.start, unit.end, unit);
    }

    /** The footnote marker that the stretch {@code [start, end)} of a unit starts with, or null. */
    static LeadingMarker leadingMarker(String text, int start, int end, Unit unit) {
        if (unit.bullet || unit.headingLine) {
            return null;
        }
        String content = text.substring(start, end);
        Matcher definition = MARKDOWN_DEFINITION.matcher(content);
        if (definition.lookingAt()) {
            Integer digits = definition.group(1).matches("\\d{1,4}") ? Integer.valueOf(definition.group(1)) : null;
            return new LeadingMarker(digits, start + definition.end(), digits != null);
        }
        int superscripts = 0;
        while (superscripts < content.length() && superscripts < 3
                && FootnoteMarkers.SUPERSCRIPTS.indexOf(content.charAt(superscripts)) >= 0) {
            superscripts++;
        }
        if (superscripts > 0) {
            int textStart = superscripts;
            while (textStart < content.length() && content.charAt(textStart) == ' ') {
                textStart++;
            }
            return textStart < content.length() ? new LeadingMarker(
                    FootnoteMarkers.superscriptValue(content.substring(0, superscripts)), start + textStart, true) : null;
        }
        Matcher numbered = NUMBERED_NOTE.matcher(content);
        if (numbered.lookingAt()) {
            // "12. Jane Doe, ..." or "[12] Jane Doe, ...": an endnote or a list item; the evidence test decides
            return new LeadingMarker(Integer.valueOf(numbered.group(1) != null ? numbered.group(1) : numbered.group(2)),
                    start + numbered.end(), true, true);
        }
        int run = 0;
        while (run < content.length() && run < 4 && (Character.isDigit(content.charAt(run))
                || LEAD_GLYPHS.indexOf(content.charAt(run)) >= 0)) {
            run++;
        }
        if (run == 0) {
            // OCR reads a 5 as S: "SPatrick Tucker, ..."
            if (content.length() > 3 && content.charAt(0) == 'S' && Character.isUpperCase(content.charAt(1))
                    && Character.isLowerCase(content.charAt(2))) {
                return new LeadingMarker(null, start + 1, false);
            }
            return null;
        }
        String marker = content.substring(0, run);
        boolean pureDigits = marker.chars().allMatch(Character::isDigit);
        if (pureDigits && run == 4) {
            return null;
        }
        if (run < content.length() && (run == 4 && Character.isDigit(content.charAt(run)))) {
            return null;
        }
        int after = run;
        while (after < content.length() && content.charAt(after) == ' ') {
            after++;
        }
        if (after >= content.length()) {
            return null;
        }
        char next = content.charAt(after);
        boolean opensText = Character.isUpperCase(next) || "“\"‘«<([".indexOf(next) >= 0
                || content.startsWith("http", after) || content.startsWith("www.", after);
        if (!opensText) {
            return null;
        }
        String digitText = marker.replaceAll("\\D", "");
        Integer digits = digitText.isEmpty() || digitText.length() > 3 ? null : Integer.valueOf(digitText);
        return new LeadingMarker(digits, start + after, pureDigits);
    }

    /** A footnote is finished when its text ends like a sentence (a period, possibly inside quotes or brackets). */
    static boolean finished(String text, Draft footnote) {
        int[] last = footnote.pieces.get(footnote.pieces.size() - 1);
        String content = text.substring(last[0], last[1]).strip();
        return FINISHED.matcher(content).matches();
    }

    private static boolean startsMidSentence(String content) {
        return !content.isEmpty() && (Character.isLowerCase(content.charAt(0))
                || content.startsWith("http") || YEAR_FIRST.matcher(content).lookingAt());
    }

    /** Clearly a citation: a URL, a cue such as "See", or a quoted title with a date. */
    static boolean strongCitation(String content) {
        return URL.matcher(content).find() || CITATION_CUE.matcher(content).matches()
                || (QUOTED.matcher(content).find() && MONTH_DATE.matcher(content).find());
    }

    /** Possibly a citation: any of the strong cues, a quoted title or a dated reference. */
    static boolean weakCitation(String content) {
        return strongCitation(content) || QUOTED.matcher(content).find() || MONTH_DATE.matcher(content).find();
    }
}
