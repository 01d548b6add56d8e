package org.tiegraph.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a document's text into layout units: paragraphs (runs of non-blank lines), with a new unit also at every page
 * start (a form feed, or the single leading space OCR leaves on a page's first line), every heading line and every
 * bullet line. Offsets are into the document text; units never include leading page spaces or bullet glyphs.
 */
final class TextLayout {

    /** What a unit turned out to be. */
    enum Kind { BODY, HEADING, FOOTNOTE }

    /** A paragraph-like stretch {@code [start, end)} of the document text. */
    static final class Unit {
        final int start;
        final int end;
        final boolean pageStart;
        final boolean afterBlank;
        final boolean bullet;
        final boolean headingLine;
        final int lineCount;
        Kind kind = Kind.BODY;
        /** For headings: the title without markdown hashes. */
        String headingTitle;

        Unit(int start, int end, boolean pageStart, boolean afterBlank, boolean bullet, boolean headingLine,
             int lineCount) {
            this.start = start;
            this.end = end;
            this.pageStart = pageStart;
            this.afterBlank = afterBlank;
            this.bullet = bullet;
            this.headingLine = headingLine;
            this.lineCount = lineCount;
        }

        String text(String document) {
            return document.substring(start, end);
        }

        @Override
        public String toString() {
            return kind + "[" + start + "," + end + ")";
        }
    }

    static final Pattern MARKDOWN_HEADING = Pattern.compile("#{1,6}[ \\t]+\\S.*");
    static final Pattern NUMBERED_HEADING = Pattern.compile("\\(?\\d{1,2}\\)[ \\t]+\\p{Lu}.*");
    /** Text that ends like a sentence: final punctuation, then any closing quotes or brackets. */
    static final Pattern TERMINATED = Pattern.compile("(?s).*[.!?:;][”’\"')\\]]*");
    /** Bullet glyphs, including the "e"/"o" OCR makes of round bullets when followed by a capitalised word. */
    private static final Pattern BULLET = Pattern.compile("(?:[•·▪◦‣∙●○■□➢►▶✓–—*+-]|[eo](?=[ \\t]+\\p{Lu}))[ \\t]+(?=\\S)");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?i)(?:page\\s+)?\\d{1,4}(?:\\s*(?:of|/)\\s*\\d{1,4})?|[-–—]\\s*\\d{1,4}\\s*[-–—]");
    /** An ordered-list item or a numbered note: "3. Text", "[3] Text". */
    static final Pattern NUMBERED_LINE = Pattern.compile("(?:\\d{1,3}\\.|\\[\\d{1,3}])[ \t]+\\S.*");
    private static final Pattern MARKDOWN_FOOTNOTE_DEFINITION = Pattern.compile("\\[\\^[^\\]\\s]+]:.*");

    private TextLayout() {
    }

    private record Line(int start, int end, int contentStart, boolean pageStart) {
        boolean blank() {
            return contentStart >= end;
        }
    }

    /**
     * The units of a text. For page-laid-out formats ({@code pageFurniture}: plain text, PDF) standalone page numbers
     * and running headers or footers (a short line repeated three times or more) are dropped and mark page breaks.
     */
    static List<Unit> units(String text, boolean pageFurniture) {
        List<Line> lines = lines(text);
        if (pageFurniture) {
            lines = withoutPageFurniture(text, lines);
        }
        return units(text, lines);
    }

    /** Blanks out page numbers and running headers or footers, marking the line after each as a page start. */
    private static List<Line> withoutPageFurniture(String text, List<Line> lines) {
        String[] keys = new String[lines.size()];
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            String content = text.substring(line.contentStart(), line.end());
            if (!line.blank() && content.length() <= 120 && LETTER.matcher(content).find()) {
                keys[i] = DIGITS.matcher(WHITESPACE.matcher(content).replaceAll(" ")).replaceAll("#").strip();
                counts.merge(keys[i], 1, Integer::sum);
            }
        }
        boolean[] repeated = new boolean[lines.size()];
        long nonBlank = lines.stream().filter(line -> !line.blank()).count();
        long repeatedCount = 0;
        for (int i = 0; i < lines.size(); i++) {
            repeated[i] = keys[i] != null && counts.get(keys[i]) >= 3;
            repeatedCount += repeated[i] ? 1 : 0;
        }
        // running headers are a small share of the lines; when many lines repeat, the text itself is repetitive
        boolean headersRepeat = repeatedCount * 4 <= nonBlank;
        List<Line> kept = new ArrayList<>();
        boolean pageBreak = false;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            boolean furniture = !line.blank() && (headersRepeat && repeated[i]
                    || PAGE_NUMBER.matcher(text.substring(line.contentStart(), line.end())).matches());
            if (furniture) {
                kept.add(new Line(line.start(), line.end(), line.end(), false));
                pageBreak = true;
            } else if (line.blank()) {
                kept.add(line);
            } else {
                kept.add(pageBreak ? new Line(line.start(), line.end(), line.contentStart(), true) : line);
                pageBreak = false;
            }
        }
        return kept;
    }

    private static List<Unit> units(String text, List<Line> lines) {
        List<Unit> units = new ArrayList<>();
        int unitFirst = -1;
        boolean afterBlank = true;
        boolean pendingBlank = true;
        for (int i = 0; i <= lines.size(); i++) {
            Line line = i < lines.size() ? lines.get(i) : null;
            boolean breakHere = line == null || line.blank() || unitFirst < 0 || line.pageStart()
                    || startsOwnUnit(text, line) || isHeadingLine(text, lines.get(i - 1));
            if (breakHere && unitFirst >= 0) {
                units.add(unit(text, lines.subList(unitFirst, i), afterBlank));
                unitFirst = -1;
            }
            if (line == null) {
                break;
            }
            if (line.blank()) {
                pendingBlank = true;
                continue;
            }
            if (unitFirst < 0) {
                unitFirst = i;
                afterBlank = pendingBlank;
                pendingBlank = false;
            }
        }
        return units;
    }

    private static boolean startsOwnUnit(String text, Line line) {
        String content = text.substring(line.contentStart(), line.end());
        return isHeadingLine(text, line) || NUMBERED_HEADING.matcher(content).matches()
                || NUMBERED_LINE.matcher(content).matches() || BULLET.matcher(content).lookingAt()
                || MARKDOWN_FOOTNOTE_DEFINITION.matcher(content).matches();
    }

    private static boolean isHeadingLine(String text, Line line) {
        return MARKDOWN_HEADING.matcher(text.substring(line.contentStart(), line.end())).matches();
    }

    private static Unit unit(String text, List<Line> lines, boolean afterBlank) {
        Line first = lines.get(0);
        int start = first.contentStart();
        String firstContent = text.substring(start, first.end());
        Matcher bullet = BULLET.matcher(firstContent);
        boolean isBullet = bullet.lookingAt();
        if (isBullet) {
            start += bullet.end();
        }
        int end = lines.get(lines.size() - 1).end();
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        boolean headingLine = lines.size() == 1 && MARKDOWN_HEADING.matcher(firstContent).matches();
        return new Unit(start, end, first.pageStart(), afterBlank, isBullet, headingLine, lines.size());
    }

    /** Lines with their offsets; a form feed ends a line and makes the next one a page start. */
    private static List<Line> lines(String text) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        boolean afterFormFeed = true;
        int n = text.length();
        for (int i = 0; i <= n; i++) {
            char c = i < n ? text.charAt(i) : '\n';
            if (c == '\n' || c == '\f') {
                int end = i;
                if (end > start && text.charAt(end - 1) == '\r') {
                    end--;
                }
                int content = start;
                while (content < end && (text.charAt(content) == ' ' || text.charAt(content) == '\t'
                        || text.charAt(content) == '\u00A0')) {
                    content++;
                }
                boolean oneLeadingSpace = content == start + 1 && text.charAt(start) == ' ' && content < end;
                lines.add(new Line(start, end, content, content < end && (afterFormFeed || oneLeadingSpace)));
                if (c == '\f') {
                    afterFormFeed = true;
                } else if (content < end) {
                    afterFormFeed = false;
                }
                start = i + 1;
            }
        }
        return lines;
    }
}
