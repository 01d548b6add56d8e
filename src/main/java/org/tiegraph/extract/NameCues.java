package org.tiegraph.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import org.tiegraph.catalogue.Lexicon;
import org.tiegraph.extract.nlp.Token;
import org.tiegraph.extract.nlp.Words;

/**
 * What the words around a name say of its type: an apposition that describes it (", a Hong Kong-flagged vessel"), a
 * head noun right after it ("the Sergeevka military base"), a vessel word before it ("M/V"), its IMO number.
 */
final class NameCues {

    private static final java.util.Set<String> LISTING = java.util.Set.of(",", "and", "or", "the");
    private static final java.util.Set<String> DASHES = java.util.Set.of("–", "—", "--");

    private final Lexicon lexicon;

    NameCues(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** ", a Hong Kong-flagged vessel", ", another China-flagged ship": the type an apposition right after gives. */
    String describedAfter(List<Token> t, int b) {
        int k = b + 1;
        if (k < t.size() && t.get(k).text().equals("(")) {
            while (k < t.size() && !t.get(k).text().equals(")") && k - b < 6) {
                k++;
            }
            k++;
        }
        if (k + 1 >= t.size() || !t.get(k).text().equals(",")) {
            return null;
        }
        k++;
        String det = t.get(k).text().toLowerCase(Locale.ROOT);
        if (!det.equals("a") && !det.equals("an") && !det.equals("another")) {
            return null;
        }
        for (int j = k + 1; j < t.size() && j <= k + 6; j++) {
            Token x = t.get(j);
            // "a Russian agricultural drone manufacturer": an item word the tagger read as a verb is a noun here
            boolean noun = x.isNoun() || lexicon.isItemHead(x.text(), false);
            if (noun && !x.isProperNoun()) {
                boolean head = j + 1 >= t.size() || !t.get(j + 1).isNoun() || t.get(j + 1).isProperNoun();
                if (head) {
                    return lexicon.describedType(x.text());
                }
            } else if (!(x.tag().startsWith("JJ") || x.tag().equals("VBN") || x.tag().equals("HYPH")
                    || x.text().equals("-") || x.isProperNoun() || x.tag().equals("RBS") || x.tag().equals("CD"))) {
                return null;
            }
        }
        return null;
    }

    /**
     * "Russian companies like Struktura and the Social Design Agency", "media outlets such as Radio Free Europe": a
     * name listed as an example of a category takes the category's type.
     */
    String exampleOf(List<Token> t, int a) {
        if (a < 2) {
            return null;
        }
        int k = a - 1;
        while (k > 0 && (t.get(k).capitalized() || LISTING.contains(t.get(k).text().toLowerCase(Locale.ROOT)))) {
            k--;
        }
        String w = t.get(k).text().toLowerCase(Locale.ROOT);
        if (DASHES.contains(w)) {
            return listedAfterDash(t, k);
        }
        int noun = w.equals("like") || w.equals("including") ? k - 1
                : w.equals("as") && k > 0 && t.get(k - 1).text().equalsIgnoreCase("such") ? k - 2 : -1;
        if (noun < 0 || !t.get(noun).isNoun() || t.get(noun).isProperNoun()) {
            return null;
        }
        return lexicon.describedType(t.get(noun).text());
    }

    /**
     * "its branch in Syria, known as Trade Med Middle East", "a front company called Alpha Tech": a name a naming verb
     * gives to a noun shortly before takes that noun's type.
     */
    String namedAs(List<Token> t, int a) {
        int k = a - 1;
        if (k >= 0 && t.get(k).text().equalsIgnoreCase("the")) {
            k--;
        }
        if (k >= 0 && t.get(k).text().equalsIgnoreCase("as")) {
            k--;
        }
        if (k < 1 || !t.get(k).isVerb() || !lexicon.namingVerbs().contains(t.get(k).lemma().toLowerCase(Locale.ROOT))) {
            return null;
        }
        for (int j = k - 1; j >= 0 && j >= k - 6; j--) {
            Token x = t.get(j);
            if (x.isVerb()) {
                return null;
            }
            if (x.isNoun() && !x.isProperNoun()) {
                return lexicon.describedType(x.text());
            }
        }
        return null;
    }

    /**
     * "Three dry cargo ships sailing under the Russian flag – the Arkadiy Chernyshev, the Captain Yakubovich and the
     * Maria": names listed after a dash take the type of the plural noun the dash's clause is about.
     */
    private String listedAfterDash(List<Token> t, int dash) {
        for (int j = dash - 1; j >= 0 && j >= dash - 8; j--) {
            Token x = t.get(j);
            if (x.tag().equals("VBD") || x.tag().equals("VBZ") || x.tag().equals("VBP")) {
                return null;
            }
            if (x.tag().equals("NNS")) {
                return lexicon.describedType(x.text());
            }
        }
        return null;
    }

    /** "the Sergeevka military base", "OKEAN-24 naval exercise": a lower-case head noun right after the name. */
    String trailingHead(List<Token> t, int b) {
        for (int j = b + 1; j < t.size() && j <= b + 3; j++) {
            Token x = t.get(j);
            if (x.capitalized() || !(x.isNoun() || x.tag().startsWith("JJ"))) {
                return null;
            }
            if (x.isNoun() && (j + 1 >= t.size() || !t.get(j + 1).isNoun())) {
                String type = lexicon.nameType(x.text());
                return "Person".equals(type) ? null : type;
            }
        }
        return null;
    }

    /** "vessel NEPTUN", "M/V CHONG RIM 2", "merchant vessel (M/V) PATRIOT": a vessel word right before. */
    boolean vesselCue(List<Token> t, int i) {
        int k = i;
        if (t.get(k).text().equals(")") && k >= 2) {
            k -= 1;
        }
        StringBuilder run = new StringBuilder(t.get(k).text());
        for (int j = k; j > 0 && attached(t, j - 1, j) && !t.get(j - 1).text().equals("("); j--) {
            run.insert(0, t.get(j - 1).text());
        }
        return lexicon.vesselCues().contains(t.get(k).text().toLowerCase(Locale.ROOT))
                || lexicon.vesselCues().contains(run.toString().toLowerCase(Locale.ROOT));
    }

    static boolean upper(List<Token> t, int a, int b) {
        for (int i = a; i <= b; i++) {
            String w = t.get(i).text();
            if (!w.equals(w.toUpperCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /** "(IMO 9003550)" right after the name: the number. */
    String imoAfter(Words s, int b) {
        int from = s.tokens().get(b).end();
        String rest = s.text().substring(from, Math.min(s.text().length(), from + 20));
        Matcher m = lexicon.vesselIdentifier().matcher(rest);
        if (m.find() && rest.substring(0, m.start()).strip().matches("\\(?")) {
            return m.group().replaceAll("\\D", "");
        }
        return null;
    }


    private static boolean attached(List<Token> t, int a, int b) {
        return t.get(a).end() == t.get(b).start();
    }
}
