package org.tiegraph.extract;

import java.util.List;
import java.util.regex.Pattern;
import org.tiegraph.extract.nlp.Words;
import org.tiegraph.extract.nlp.Token;

/**
 * Short forms a text defines in brackets right after a name: an acronym ("Office of Foreign Assets Control (OFAC)")
 * or words of the name itself ("Rafael Anatolyevich Gazaryan (Gazaryan)", "Primorye Maritime Logistics Co Ltd
 * ( Primorye)").
 */
final class Brackets {

    /** "FSB", "E.O.", "GoR", "MoD": capitals, digits and joiners, a lower-case letter only between capitals. */
    private static final Pattern ACRONYM = Pattern.compile(
            "[\\p{Lu}\\p{N}](?:[\\p{Lu}\\p{N}&.-]|\\p{Ll}(?=\\p{Lu})){1,11}");
    private static final int MAX_TOKENS = 4;

    private Brackets() {
    }

    /** The short form defined after tokens {@code a..b}, or null. */
    static String shortForm(Words s, int a, int b) {
        List<Token> t = s.tokens();
        if (b + 2 >= t.size() || !t.get(b + 1).text().equals("(")) {
            return null;
        }
        int close = b + 2;
        while (close < t.size() && close - b <= MAX_TOKENS + 1 && !t.get(close).text().equals(")")) {
            close++;
        }
        if (close >= t.size() || !t.get(close).text().equals(")") || close == b + 2) {
            return null;
        }
        String inside = s.text().substring(t.get(b + 2).start(), t.get(close - 1).end()).strip();
        String name = NameFinder.text(s, a, b);
        boolean acronym = ACRONYM.matcher(inside).matches() && close == b + 3 && !inside.matches("\\d+")
                // "(IRGC ASF)": a few acronyms side by side
                || close <= b + 5 && List.of(inside.split("\\s+")).stream()
                .allMatch(w -> ACRONYM.matcher(w).matches() && w.chars().filter(Character::isUpperCase).count() >= 2);
        boolean words = List.of(name.split("\\s+")).containsAll(List.of(inside.split("\\s+")))
                && t.get(b + 2).capitalized();
        // "… Global DMCC (iJet)": one word built on a word of the name
        boolean built = close == b + 3 && List.of(name.split("\\s+")).stream()
                .anyMatch(w -> w.length() >= 3 && Character.isUpperCase(w.charAt(0)) && inside.contains(w)
                        && inside.length() <= w.length() + 2);
        return acronym || words || built ? inside : null;
    }
}
