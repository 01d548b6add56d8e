package org.tiegraph.ingest;

import java.util.ArrayList;
import java.util.List;
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
    /** Bullet glyphs, including the "e"/"o" OCR makes of round bullets when followed by a capitalised word. */
    private static final Pattern BULLET = Pattern.compile("(?:[•·▪◦‣∙●○■□➢►▶✓–—*+-]|[eo](?=[ \\t]+\\p{Lu}))[ \\t]+(?=\\S)");
    private static final Pattern MARKDOWN_FOOTNOTE_DEFINITION = Pattern.compile("\\[\\^[^\\]\\s]+]:.*");

    private TextLayout() {
    }

    private record Line(int start, int end, int contentStart, boolean pageStart) {
        boolean blank() {
            return contentStart >= end;
        }
    }

    static List<Unit> units(String text) {
        List<Line> lines = lines(text);
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
                || BULLET.matcher(content).lookingAt()
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
