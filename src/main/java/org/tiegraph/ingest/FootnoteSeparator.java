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

    /** The footnotes found, the area index of every unit (-1 for units outside areas), and area count. */
    record Result(List<Draft> footnotes, int[] unitArea, int areaCount) {
    }

    /** A footnote marker at the start of a unit: its digits (if readable) and where the footnote text begins. */
    record LeadingMarker(Integer digits, int textStart, boolean pureDigits) {
    }

    private static final String LEAD_GLYPHS = "!?°¢*%<>«»®™§†‡'’^";
    private static final Pattern MARKDOWN_DEFINITION = Pattern.compile("\\[\\^([^\\]\\s]+)]:\\s*");
    private static final Pattern URL = Pattern.compile("(?i)\\bhttps?://|\\bwww\\.|\\bdoi:\\s*10\\.");
    private static final Pattern MONTH_DATE = Pattern.compile(
            "\\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?\\s+(?:\\d{1,2},?\\s+)?(?:19|20)\\d{2}\\b");
    private static final Pattern QUOTED = Pattern.compile("[“\"][^”\"]{3,}[”\"]?");
    private static final Pattern CITATION_CUE = Pattern.compile(
            "(?:See|see|Cited in|Quoted in|Ibid|Id\\.|For (?:more|a |an |background|details)|On [^.]{0,80}, see)\\b.*",
            Pattern.DOTALL);
    private static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d{2}\\b");

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
            int areaStart = areaStart(text, units, pageFirst, i, footnotes);
            if (areaStart < i) {
                int numberAfter = assignArea(text, units, areaStart, i, footnotes, expected, areaCount, unitArea);
                if (numberAfter > 0) {
                    expected = numberAfter;
                    areaCount++;
                }
            }
            pageFirst = i;
        }
        return new Result(footnotes, unitArea, areaCount);
    }

    /** The index of the first unit of the page's footnote area, or {@code pageEnd} when it has none. */
    private static int areaStart(String text, List<Unit> units, int pageFirst, int pageEnd, List<Draft> footnotes) {
        int start = pageEnd;
        while (start - 1 > pageFirst && footnoteLike(text, units.get(start - 1))) {
            start--;
        }
        if (start - 1 == pageFirst && !units.get(pageFirst).pageStart && footnoteLike(text, units.get(pageFirst))) {
            start = pageFirst;
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
        return leadingMarker(text, unit) != null || strongCitation(content) || startsMidSentence(content);
    }

    /**
     * Numbers the footnotes of one area; returns the next expected number, or 0 when the area turns out not to be one
     * (nothing in it is both marked and citation-like or correctly numbered).
     */
    private static int assignArea(String text, List<Unit> units, int from, int to, List<Draft> footnotes,
                                  int expected, int area, int[] unitArea) {
        boolean convincing = false;
        int probe = expected;
        for (int i = from; i < to; i++) {
            LeadingMarker marker = leadingMarker(text, units.get(i));
            if (marker != null) {
                boolean rightNumber = marker.digits() != null && marker.digits() == probe;
                convincing |= rightNumber || weakCitation(text.substring(marker.textStart(), units.get(i).end));
                probe++;
            }
        }
        if (!convincing) {
            return 0;
        }
        int next = expected;
        Draft open = footnotes.isEmpty() ? null : footnotes.get(footnotes.size() - 1);
        for (int i = from; i < to; i++) {
            Unit unit = units.get(i);
            String content = unit.text(text);
            LeadingMarker marker = leadingMarker(text, unit);
            unitArea[i] = area;
            if (marker != null) {
                int number = resolveNumber(marker, next);
                open = new Draft(number, area);
                open.pieces.add(new int[]{marker.textStart(), unit.end});
                footnotes.add(open);
                unit.kind = Kind.FOOTNOTE_START;
                unit.footnoteNumber = number;
                unit.footnoteTextStart = marker.textStart();
                next = number + 1;
            } else if (open != null && (!finished(text, open) || startsMidSentence(content))) {
                open.pieces.add(new int[]{unit.start, unit.end});
                unit.kind = Kind.FOOTNOTE_CONTINUATION;
                unit.footnoteNumber = open.number;
            } else {
                open = new Draft(next, area);
                open.pieces.add(new int[]{unit.start, unit.end});
                footnotes.add(open);
                unit.kind = Kind.FOOTNOTE_START;
                unit.footnoteNumber = next;
                unit.footnoteTextStart = unit.start;
                next++;
            }
        }
        return next;
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
        if (unit.bullet || unit.headingLine) {
            return null;
        }
        String content = unit.text(text);
        Matcher definition = MARKDOWN_DEFINITION.matcher(content);
        if (definition.lookingAt()) {
            Integer digits = definition.group(1).matches("\\d{1,4}") ? Integer.valueOf(definition.group(1)) : null;
            return new LeadingMarker(digits, unit.start + definition.end(), digits != null);
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
                return new LeadingMarker(null, unit.start + 1, false);
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
        return new LeadingMarker(digits, unit.start + after, pureDigits);
    }

    /** A footnote is finished when its text ends like a sentence (a period, possibly inside quotes or brackets). */
    static boolean finished(String text, Draft footnote) {
        int[] last = footnote.pieces.get(footnote.pieces.size() - 1);
        String content = text.substring(last[0], last[1]).strip();
        return content.matches("(?s).*[.!?][”’\"')\\]]*");
    }

    private static boolean startsMidSentence(String content) {
        return !content.isEmpty() && (Character.isLowerCase(content.charAt(0))
                || content.startsWith("http") || content.matches("(?s)(?:19|20)\\d{2}[,.;:].*"));
    }

    /** Clearly a citation: a URL, a cue such as "See", or a quoted title with a date. */
    static boolean strongCitation(String content) {
        return URL.matcher(content).find() || CITATION_CUE.matcher(content).matches()
                || (QUOTED.matcher(content).find() && MONTH_DATE.matcher(content).find());
    }

    /** Possibly a citation: any of the strong cues, a quoted title, a dated reference or a year. */
    static boolean weakCitation(String content) {
        return strongCitation(content) || QUOTED.matcher(content).find() || MONTH_DATE.matcher(content).find()
                || YEAR.matcher(content).find();
    }
}
