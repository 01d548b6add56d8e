package org.tiegraph.extract;

import org.tiegraph.catalogue.Lexicon;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tiegraph.extract.nlp.Words;
import org.tiegraph.extract.nlp.Token;

/**
 * Finds the names in one parsed sentence that the catalogue may lack, and types them: runs of capitalised tokens
 * ("Office of Foreign Assets Control", "Gudzon Shipping Co LLC", "CHONG RIM 2") split where the tagger marks a person,
 * sanction programmes ("E.O. 13551"), model designators ("Shahed-136"). A name is typed by its head word, a cue beside
 * it (a title before a person, "vessel" or an IMO number beside a ship) or its named-entity tag; a name nothing types
 * is left out. Title-cased lines (headlines) yield no names.
 */
final class NameFinder {

    private static final Pattern DESIGNATOR = Pattern.compile("\\p{L}{1,12}-?\\d{1,4}[A-Z]?|\\p{Lu}{1,4}-\\p{Lu}?\\d{1,4}");
    private static final Pattern DIGITS = Pattern.compile("\\d{1,4}");
    static final Set<String> INNER = Set.of("of", "the", "for", "and", "&", "de", "on");

    private final Lexicon lexicon;
    private final NameCues cues;

    NameFinder(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.cues = new NameCues(lexicon);
    }

    /** The typed names of a sentence, in text order; {@code untyped} receives the names nothing could type. */
    List<Candidate> find(Words s, List<String> untyped) {
        List<Token> t = s.tokens();
        List<Candidate> out = new ArrayList<>(sanctionNames(s));
        if (Headlines.isHeading(t)) {
            return out;
        }
        int i = 0;
        while (i < t.size()) {
            if (!startsName(t, i)) {
                i++;
                continue;
            }
            int end = extend(t, i);
            Candidate alternative = bracketedAlternative(s, i, end);
            if (alternative != null) {
                out.add(alternative);
                i = alternative.last() + 1;
                continue;
            }
            String described = cues.describedAfter(t, end);
            if (described != null && !"Person".equals(described)) {
                Candidate c = candidate(s, i, end, described);
                if (out.stream().noneMatch(o -> o.first() <= c.last() && c.first() <= o.last())) {
                    out.add(c);
                }
                i = end + 1;
                continue;
            }
            for (int[] part : splitAtPersons(t, i, end)) {
                Candidate c = type(s, part[0], part[1]);
                if (c != null) {
                    if (out.stream().noneMatch(o -> o.first() <= c.last() && c.first() <= o.last())) {
                        out.add(c);
                    }
                } else if (part[1] > part[0] || t.get(part[0]).isProperNoun()) {
                    untyped.add(text(s, part[0], part[1]));
                }
            }
            i = end + 1;
        }
        out.sort(java.util.Comparator.comparingInt(Candidate::first));
        return out;
    }

    // ---- runs of capitalised tokens --------------------------------------------------------------------------------

    private boolean startsName(List<Token> t, int i) {
        Token x = t.get(i);
        if (!x.capitalized() || !Character.isLetter(x.text().codePointAt(0))) {
            return false;
        }
        if (i > 0 && t.get(i - 1).text().equals("/") && attached(t, i - 1, i)
                || i + 1 < t.size() && t.get(i + 1).text().equals("/") && attached(t, i, i + 1)) {
            return false;
        }
        if (lexicon.isNotName(x.text())) {
            return false;
        }
        return x.isProperNoun() || !"O".equals(x.ner()) || i > 0 || x.isNoun();
    }

    private boolean nameToken(List<Token> t, int i) {
        Token x = t.get(i);
        return x.capitalized() && Character.isLetter(x.text().codePointAt(0))
                && !(lexicon.isNotName(x.text()) && !x.isProperNoun());
    }

    /** The last token of the name that starts at {@code i}. */
    private int extend(List<Token> t, int i) {
        int end = i;
        boolean hasOf = false;
        int beforeAnd = -1;
        int j = i + 1;
        while (j < t.size()) {
            Token x = t.get(j);
            String w = x.text().toLowerCase(Locale.ROOT);
            if (nameToken(t, j)) {
                end = j;
                j++;
            } else if (DIGITS.matcher(x.text()).matches() && (j == end + 1) && !year(x.text())) {
                end = j;
                j++;
            } else if (attached(t, j - 1, j) && x.text().equals("-") && j + 1 < t.size() && attached(t, j, j + 1)
                    && (nameToken(t, j + 1) || DIGITS.matcher(t.get(j + 1).text()).matches())) {
                end = j + 1;
                j += 2;
            } else if ((x.text().equals("’") || x.text().equals("'")) && t.get(j - 1).text().endsWith("s")
                    && attached(t, j - 1, j) && j + 1 < t.size() && nameToken(t, j + 1)
                    || possessive(x) && attached(t, j - 1, j) && j + 1 < t.size() && nameToken(t, j + 1)) {
                // "Workers’ Party of Korea", "Donetsk People's Republic" (a known name before "'s" is cut off later)
                end = j + 1;
                j += 2;
            } else if (INNER.contains(w) && j + 1 < t.size() && innerAllowed(t, i, j, w, hasOf)) {
                hasOf |= w.equals("of");
                if (w.equals("and") || w.equals("&")) {
                    beforeAnd = beforeAnd < 0 ? end : beforeAnd;
                }
                int k = j + 1;
                if (t.get(k).text().equalsIgnoreCase("the") && k + 1 < t.size()) {
                    k++;
                }
                if (!nameToken(t, k)) {
                    break;
                }
                end = k;
                j = k + 1;
            } else if (x.text().equals(",") && j + 1 < t.size() && (hasOf && nameToken(t, j + 1)
                    || legalSuffix(t.get(j + 1)))) {
                if (legalSuffix(t.get(j + 1))) {
                    end = j + 1;
                    j += 2;
                    break;
                }
                j++;
            } else {
                break;
            }
        }
        // "Radio Free Europe and Radio Liberty", "the Influence Office and Countering Chinese Influence Fund": two
        // names unless the last word alone makes the whole one ("Research and Development Center")
        if (beforeAnd >= 0 && !hasOf && (lexicon.nameType(t.get(end).text()) == null
                || lexicon.nameType(t.get(beforeAnd).text()) != null)) {
            return beforeAnd;
        }
        return end;
    }

    /**
     * "Heixiazi (Bolshoi Ussuriiskii) Island": a name, another name for it in brackets, and the head word they share;
     * the entity is "Heixiazi Island", also known by the bracketed name, alone or with the head.
     */
    private Candidate bracketedAlternative(Words s, int a, int end) {
        List<Token> t = s.tokens();
        int open = end + 1;
        int close = open + 1;
        while (close < t.size() && close <= open + 3 && nameToken(t, close)) {
            close++;
        }
        int head = close + 1;
        if (close == open + 1 || head >= t.size() || !t.get(open).text().equals("(") || !t.get(close).text().equals(")")
                || !nameToken(t, head) || lexicon.nameType(t.get(head).text()) == null) {
            return null;
        }
        String first = text(s, a, end);
        String other = text(s, open + 1, close - 1);
        String word = t.get(head).text();
        return new Candidate(a, head, first + " " + word, lexicon.nameType(word),
                List.of(other + " " + word, first, other), Map.of());
    }

    static boolean possessive(Token x) {
        return x.text().equals("'s") || x.text().equals("’s");
    }

    private boolean innerAllowed(List<Token> t, int start, int j, String w, boolean hasOf) {
        return switch (w) {
            case "of", "de" -> true;
            case "the" -> false;
            case "for", "on" -> lexicon.nameType(t.get(j - 1).text()) != null;
            // "China Oil and Petroleum Company Limited": a company word after "and" continues a run whose words
            // before it name nothing on their own
            default -> !t.get(j + 1).text().equalsIgnoreCase("the") && (lexicon.nameType(t.get(j + 1).text()) == null
                    || "Company".equals(lexicon.nameType(t.get(j + 1).text()))
                    && lexicon.nameType(t.get(j - 1).text()) == null)
                    && "O".equals(t.get(j + 1).ner()) | "ORGANIZATION".equals(t.get(j + 1).ner())
                    && !(j + 2 < t.size() && (t.get(j + 2).text().equals("’s") || t.get(j + 2).text().equals("'s")));
        };
    }

    private boolean legalSuffix(Token x) {
        return "Company".equals(lexicon.nameType(x.text().replace(".", ""))) && x.text().length() <= 5
                && Character.isUpperCase(x.text().charAt(0));
    }

    private static boolean attached(List<Token> t, int a, int b) {
        return t.get(a).end() == t.get(b).start();
    }

    private static boolean year(String s) {
        return s.length() == 4 && (s.startsWith("19") || s.startsWith("20"));
    }

    /** A run with a person inside ("Treasury Secretary Steven Mnuchin") splits into the person and the rest. */
    private static List<int[]> splitAtPersons(List<Token> t, int a, int b) {
        List<int[]> parts = new ArrayList<>();
        int i = a;
        while (i <= b) {
            int j = i;
            boolean person = "PERSON".equals(t.get(i).ner());
            while (j + 1 <= b && "PERSON".equals(t.get(j + 1).ner()) == person) {
                j++;
            }
            parts.add(new int[]{i, j});
            i = j + 1;
        }
        if (parts.size() > 1) {
            parts.removeIf(p -> trimmed(t, p));
        }
        return parts;
    }

    /** Drops connector tokens at the edges of a part; true when nothing is left. */
    private static boolean trimmed(List<Token> t, int[] p) {
        while (p[0] <= p[1] && !t.get(p[0]).capitalized()) {
            p[0]++;
        }
        while (p[1] >= p[0] && !t.get(p[1]).capitalized() && !DIGITS.matcher(t.get(p[1]).text()).matches()) {
            p[1]--;
        }
        return p[0] > p[1];
    }

    // ---- typing ----------------------------------------------------------------------------------------------------

    /** The typed name tokens {@code a..b} make on their own, or null (what is left of a run a known name splits). */
    Candidate typed(Words s, int a, int b) {
        return a <= b ? type(s, a, b) : null;
    }

    private Candidate type(Words s, int a, int b) {
        List<Token> t = s.tokens();
        String name = text(s, a, b);
        String lower = name.toLowerCase(Locale.ROOT);
        if (a == b && (lexicon.nameType(name) != null || lexicon.referenceNouns().contains(lower)
                || lexicon.regionWords().contains(lower))) {
            return null; // "Navy", "State", "the North": a head noun or a compass word alone names nothing
        }
        Map<String, Object> props = new LinkedHashMap<>();
        String imo = cues.imoAfter(s, b);
        boolean vesselCue = a > 0 && cues.vesselCue(t, a - 1) || imo != null;
        String type;
        if (vesselCue && (imo != null || cues.upper(t, a, b))) {
            type = "Vessel";
            if (imo != null) {
                props.put("imo", imo);
            }
        } else if ((type = cues.exampleOf(t, a)) != null) {
            // what the text says the name is an example of outweighs what the tagger guesses ("ships – the Maria")
        } else if (allTagged(t, a, b, "PERSON") && (b > a || titleBefore(t, a))) {
            type = "Person";
        } else if ((type = cues.namedAs(t, a)) != null || (type = headType(t, a, b)) != null
                || (type = cues.describedAfter(t, b)) != null || (type = cues.trailingHead(t, b)) != null) {
            // typed by the noun it names, its head word, an apposition that describes it, or a head noun after it
        } else if (b == a + 2 && DESIGNATOR.matcher(name).matches() || b == a && DESIGNATOR.matcher(name).matches()
                && name.chars().anyMatch(Character::isDigit)) {
            type = "Item";
        } else if (allTagged(t, a, b, "ORGANIZATION")) {
            type = "Organization";
        } else if (allTagged(t, a, b, "LOCATION")) {
            type = "Place";
        } else {
            return null;
        }
        String alias = Brackets.shortForm(s, a, b);
        return new Candidate(a, b, name, type, alias == null ? List.of() : List.of(alias), props);
    }

    private Candidate candidate(Words s, int a, int b, String type) {
        String alias = Brackets.shortForm(s, a, b);
        Map<String, Object> props = new LinkedHashMap<>();
        String imo = cues.imoAfter(s, b);
        if (imo != null && "Vessel".equals(type)) {
            props.put("imo", imo);
        }
        return new Candidate(a, b, text(s, a, b), type, alias == null ? List.of() : List.of(alias), props);
    }

    /**
     * The type of the name's head word: the word before its first "of" ("Ministry of Defense and Armed Forces
     * Logistics" is a ministry), else its last word ("Farazan Industrial Engineering Company").
     */
    private String headType(List<Token> t, int a, int b) {
        for (int i = a; i < b; i++) {
            if (t.get(i + 1).text().equals("of")) {
                String head = lexicon.nameType(t.get(i).text());
                if (head != null) {
                    return head;
                }
                break;
            }
        }
        String type = lexicon.nameType(t.get(b).text().replace(".", ""));
        return type != null && b > a ? type : null;
    }

    private static boolean allTagged(List<Token> t, int a, int b, String ner) {
        for (int i = a; i <= b; i++) {
            if (t.get(i).capitalized() && !ner.equals(t.get(i).ner())) {
                return false;
            }
        }
        return true;
    }

    private boolean titleBefore(List<Token> t, int a) {
        return a > 0 && lexicon.personTitles().contains(t.get(a - 1).text().toLowerCase(Locale.ROOT));
    }

    /** "Executive Order 13551", "E.O. 13551": sanction programmes named by number. */
    private List<Candidate> sanctionNames(Words s) {
        List<Candidate> out = new ArrayList<>();
        for (Pattern p : lexicon.sanctionNames()) {
            Matcher m = p.matcher(s.text());
            while (m.find()) {
                int a = tokenAt(s, m.start());
                int b = tokenAt(s, m.end() - 1);
                if (a >= 0 && b >= a) {
                    String number = m.group().replaceAll("\\D", "");
                    out.add(new Candidate(a, b, "Executive Order " + number, "Sanction",
                            List.of("E.O. " + number, m.group().replaceAll("\\s+", " ")), Map.of()));
                }
            }
        }
        return out;
    }

    static int tokenAt(Words s, int offset) {
        for (Token x : s.tokens()) {
            if (x.start() <= offset && offset < x.end()) {
                return x.index();
            }
        }
        return -1;
    }

    static String text(Words s, int a, int b) {
        return s.text().substring(s.tokens().get(a).start(), s.tokens().get(b).end()).replaceAll("\\s+", " ");
    }
}
