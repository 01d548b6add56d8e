package org.tiegraph.ingest;

import java.util.List;
import java.util.regex.Pattern;
import org.tiegraph.ingest.TextLayout.Kind;
import org.tiegraph.ingest.TextLayout.Unit;

/**
 * Tells which body units of a document are headings: markdown heading lines, numbered headings, and short title-cased
 * or enumerated lines standing alone; each heading gets its title.
 */
final class Headings {

    /** "II. Background", "A. China’s Support", "Question 3: Sanctions": short, enumerated, without a final period. */
    private static final Pattern ENUMERATED_HEADING = Pattern.compile(
            "(?:(?:[IVX]{1,5}|[A-H])[.)]|(?:Question|Part|Section|Chapter)\\s+\\d{1,2}[.:)]?)\\s+\\p{Lu}[^.!]{0,100}[?:]?");
    private static final Pattern SMALL_WORD = Pattern.compile(
            "(?i)a|an|the|of|and|or|in|on|at|to|for|from|by|with|as|vs\\.?|its|their|into|between|against|under");

    private Headings() {
    }

    /** Marks the heading units among {@code units} (kind {@link Kind#HEADING}, with their title). */
    static void mark(String text, List<Unit> units) {
        for (int i = 0; i < units.size(); i++) {
            Unit unit = units.get(i);
            if (unit.kind != Kind.BODY || unit.bullet) {
                continue;
            }
            String content = unit.text(text);
            if (unit.headingLine) {
                unit.kind = Kind.HEADING;
                unit.headingTitle = content.replaceFirst("^#{1,6}\\s+", "").replaceFirst("\\s+#+$", "").strip();
            } else if (TextLayout.NUMBERED_HEADING.matcher(content.lines().findFirst().orElse("")).matches()
                    && unit.lineCount <= 4 && content.length() <= 400
                    && (content.contains("?") || !TextLayout.TERMINATED.matcher(content).matches())) {
                unit.kind = Kind.HEADING;
                unit.headingTitle = content.replaceAll("\\s+", " ").strip();
            } else if (unit.lineCount == 1 && (unit.afterBlank || unit.pageStart) && !continuesInto(text, units, i)
                    && (titleLike(content) || ENUMERATED_HEADING.matcher(content).matches())) {
                unit.kind = Kind.HEADING;
                unit.headingTitle = content.strip();
            }
        }
    }

    /** A short line without final punctuation whose significant words are capitalised. */
    private static boolean titleLike(String line) {
        String[] words = line.strip().split("\\s+");
        if (words.length < 2 || words.length > 16 || line.matches("(?s).*[.,;:!?\"”’'*°®]$")) {
            return false;
        }
        int significant = 0;
        int capitalised = 0;
        for (String word : words) {
            if (SMALL_WORD.matcher(word).matches()) {
                continue;
            }
            significant++;
            char first = word.charAt(0);
            if (Character.isUpperCase(first) || Character.isDigit(first) || "“‘(\"".indexOf(first) >= 0) {
                capitalised++;
            }
        }
        return significant > 0 && capitalised * 5 >= significant * 4;
    }

    private static boolean continuesInto(String text, List<Unit> units, int index) {
        for (int j = index + 1; j < units.size(); j++) {
            Unit next = units.get(j);
            if (next.kind == Kind.BODY) {
                String content = next.text(text);
                return !content.isEmpty() && Character.isLowerCase(content.charAt(0));
            }
        }
        return false;
    }
}
