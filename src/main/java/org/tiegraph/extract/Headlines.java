package org.tiegraph.extract;

import java.util.List;
import java.util.Locale;
import org.tiegraph.extract.nlp.Token;

/**
 * Sentences that are headings rather than text: a headline in title case, or a paragraph's run-in heading. Their
 * capitalised words are the topic of what follows, not names.
 */
final class Headlines {

    private static final double TITLE_CASE_SHARE = 0.7;

    private Headlines() {
    }

    /** True for a headline or a run-in heading. */
    static boolean isHeading(List<Token> t) {
        return titleCased(t) || runInHeading(t);
    }

    /**
     * "China-Russia-Iran Naval Exercises.": a paragraph's run-in heading, a sentence of a few capitalised words with no
     * verb, names the topic of what follows, not an entity (an all-capitals list entry is a name).
     */
    private static boolean runInHeading(List<Token> t) {
        if (t.size() < 3 || t.size() > 10 || !t.getLast().text().equals(".")) {
            return false;
        }
        int words = 0;
        boolean lower = false;
        for (Token x : t.subList(0, t.size() - 1)) {
            String w = x.text();
            if (w.equals("-") || NameFinder.INNER.contains(w)) {
                continue;
            }
            if (!x.capitalized() || x.tag().startsWith("VB") || !Character.isLetter(w.codePointAt(0))) {
                return false;
            }
            lower |= w.chars().anyMatch(Character::isLowerCase);
            words++;
        }
        return words >= 2 && lower;
    }

    /** A headline: most content words capitalised, and no full stop at the end. */
    private static boolean titleCased(List<Token> t) {
        if (!t.isEmpty() && (t.getLast().text().equals(".") || t.getLast().text().equals("?"))) {
            return false;
        }
        int words = 0;
        int caps = 0;
        for (Token x : t) {
            if (!Character.isLetter(x.text().codePointAt(0)) || NameFinder.INNER.contains(x.text().toLowerCase(Locale.ROOT))
                    || x.text().length() < 3) {
                continue;
            }
            words++;
            if (x.capitalized()) {
                caps++;
            }
        }
        return words >= 4 && caps >= TITLE_CASE_SHARE * words;
    }

}
