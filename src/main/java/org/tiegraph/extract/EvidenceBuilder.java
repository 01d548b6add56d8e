package org.tiegraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tiegraph.ingest.Sentence;

/**
 * Grounds a proposed edge in its sentence: the verbatim quote (the whole sentence when it is short and not cut by a
 * page break, else the clause around the trigger inside one segment), the year the clause states, the modality
 * (asserted, reported, planned, denied) and who the claim is attributed to.
 */
final class EvidenceBuilder {

    static final int MAX_WHOLE_SENTENCE = 400;

    private static final Pattern YEAR = Pattern.compile(
            "(?<![\\p{L}\\p{N}$,.])(1[6-9]\\d\\d|20\\d\\d)(s?)(?![\\p{L}\\p{N}%]|,\\d)");
    private static final Set<String> REPORTED_CUES = Set.of("reportedly", "allegedly", "suspected", "alleged",
            "purportedly", "rumored", "rumoured", "unconfirmed", "apparently");
    private static final Set<String> REPORTED_VERBS = Set.of("claim", "allege", "report", "say", "believe", "suggest",
            "estimate", "accuse", "suspect", "contend", "assert");
    private static final Set<String> DENYING_VERBS = Set.of("deny", "disavow", "reject", "dismiss", "refute");
    private static final Set<String> PLANNING_WORDS = Set.of("would", "will", "could", "may", "might", "plan",
            "plans", "planned", "planning", "intend", "intends", "intended", "aim", "aims", "proposed", "propose",
            "proposes", "expected", "seek", "seeks", "sought", "promised", "pledged", "considering", "potential",
            "possible", "prospective");

    /** The reporting frames of one sentence: who says what, from which unit on. */
    record Report(int from, int to, Modality modality, String attribution) {
    }

    private EvidenceBuilder() {
    }

    /** Reporting structure of a sentence: "according to X", "X claims that ...", "reportedly". */
    static List<Report> reports(List<Unit> u) {
        List<Report> out = new ArrayList<>();
        for (int i = 0; i < u.size(); i++) {
            Unit x = u.get(i);
            if (!x.isWord()) {
                continue;
            }
            if (x.is("according") && i + 1 < u.size() && u.get(i + 1).is("to")
                    && !(i + 2 < u.size() && u.get(i + 2).isEntity() && "Treaty".equals(u.get(i + 2).refs.getFirst().type()))) {
                int j = i + 2;
                StringBuilder who = new StringBuilder();
                int start = j < u.size() ? u.get(j).start : x.end;
                int end = start;
                while (j < u.size() && !(u.get(j).kind == Unit.Kind.PUNCT && !u.get(j).text.equals("-")
                        && !u.get(j).text.equals("’") && !u.get(j).text.equals("'")) && j - i < 12) {
                    end = u.get(j).end;
                    j++;
                }
                who.append(textOf(u, start, end));
                String attribution = who.toString().replaceFirst("^(?i)the\\s+", "the ");
                // a leading "According to X, ..." covers what follows; a trailing one the whole sentence
                boolean leading = i == 0;
                out.add(new Report(leading ? j : 0, u.size(), Modality.REPORTED, attribution.strip()));
                continue;
            }
            if (REPORTED_CUES.contains(x.lower)) {
                out.add(new Report(0, u.size(), Modality.REPORTED, null));
                continue;
            }
            if ((x.is("have") || x.is("has")) && i > 0 && (u.get(i - 1).is("may") || u.get(i - 1).is("might"))) {
                out.add(new Report(i, u.size(), Modality.REPORTED, null));
                continue;
            }
            Lexicon.Form f = Lexicon.form(x.lower);
            if (f == null || RelationRules.kindOf(f.lemma()) != RelationRules.Kind.REPORT) {
                continue;
            }
            if (f.participle() && i > 0 && u.get(i - 1).in(Lexicon.BE) && REPORTED_VERBS.contains(f.lemma())) {
                // "is believed to have", "was reported to", "are said to": hedged, no named speaker
                out.add(new Report(0, u.size(), Modality.REPORTED, null));
                continue;
            }
            if (i + 1 < u.size() && u.get(i + 1).is("to") && !f.lemma().equals("say")) {
                continue;
            }
            if (!isThatClause(u, i) && !(i + 1 < u.size() && (u.get(i + 1).isEntity() && !f.lemma().equals("report")
                    || u.get(i + 1).in(Set.of("it", "they", "he", "she", "we"))))) {
                if (!(f.participle() && i > 0 && u.get(i - 1).in(Lexicon.BE))) {
                    continue;
                }
            }
            Modality m = DENYING_VERBS.contains(f.lemma()) ? Modality.DENIED
                    : REPORTED_VERBS.contains(f.lemma()) ? Modality.REPORTED : Modality.ASSERTED;
            if (f.participle() && i > 0 && u.get(i - 1).in(Lexicon.BE) && !f.lemma().equals("report")) {
                // "is suspected of", "was claimed": hedged, no named speaker
                out.add(new Report(0, u.size(), Modality.REPORTED, null));
                continue;
            }
            out.add(new Report(i + 1, endOfClause(u, i + 1), m, speaker(u, i)));
        }
        return out;
    }

    private static boolean isThatClause(List<Unit> u, int i) {
        return i + 1 < u.size() && u.get(i + 1).is("that");
    }

    private static int endOfClause(List<Unit> u, int from) {
        for (int k = from; k < u.size(); k++) {
            Unit x = u.get(k);
            if (x.kind == Unit.Kind.PUNCT && (x.text.equals(";") || x.text.equals(":"))
                    || k > from + 1 && x.in(Set.of("but", "while", "whereas", "although", "though", "however"))) {
                return k;
            }
        }
        return u.size();
    }

    /**
     * The speaker of a reporting verb: the head of its subject noun phrase ("European intelligence agencies", "A South
     * Korean analysis"), or the entity before an apposition ("General X, Chief of the Y, reported").
     */
    private static String speaker(List<Unit> u, int verb) {
        int end = verb;
        while (end > 0 && (u.get(end - 1).in(Lexicon.AUXILIARIES) || u.get(end - 1).in(Lexicon.ADVERBS_OF_DEGREE)
                || u.get(end - 1).lower.endsWith("ly") && u.get(end - 1).isWord() || u.get(end - 1).in(Lexicon.NEGATIONS))) {
            end--;
        }
        if (end > 0 && u.get(end - 1).text.equals(",")) {
            int k = end - 2;
            while (k >= 0 && !u.get(k).text.equals(",")) {
                k--;
            }
            return k > 0 && u.get(k - 1).isEntity() ? u.get(k - 1).text : null;
        }
        int start = end;
        while (start > 0) {
            Unit p = u.get(start - 1);
            if (p.kind == Unit.Kind.PUNCT && !p.text.equals("-") && !p.text.equals("’") && !p.text.equals("'")
                    || p.in(Lexicon.CLAUSE_OPENERS) || p.in(Lexicon.RELATIVE_PRONOUNS) || p.in(Lexicon.COORDINATORS)
                    || p.isWord() && Lexicon.form(p.lower) != null) {
                break;
            }
            start--;
        }
        if (start == end && start > 0 && u.get(start - 1).in(Lexicon.COORDINATORS)) {
            // "Beijing condemned the measures and said ...": the subject of the first verb
            for (Unit x : u) {
                if (x.isEntity()) {
                    return x.text;
                }
            }
            return null;
        }
        // the head of the noun phrase: up to its first preposition
        int stop = start;
        while (stop < end && !(u.get(stop).in(Lexicon.PREPOSITIONS) && stop > start) && stop - start < 8) {
            stop++;
        }
        if (start >= stop) {
            return null;
        }
        String s = textOf(u, u.get(start).start, u.get(stop - 1).end);
        return s.isBlank() ? null : s.strip();
    }

    private static String textOf(List<Unit> u, int start, int end) {
        StringBuilder b = new StringBuilder();
        for (Unit x : u) {
            if (x.start >= start && x.end <= end) {
                if (!b.isEmpty() && !x.text.equals("’s") && !x.text.equals("'s") && !x.text.equals("-")
                        && !b.toString().endsWith("-")) {
                    b.append(' ');
                }
                b.append(x.text);
            }
        }
        return b.toString();
    }

    /** Modality and attribution of a draft whose trigger is at unit {@code trigger}. */
    static Modality modality(List<Unit> u, List<Report> reports, Draft d, String[] attribution) {
        int trig = d.trigger() >= 0 ? d.trigger() : Math.min(d.sourceUnit(), d.targetUnit());
        Modality m = Modality.ASSERTED;
        String who = null;
        for (Report r : reports) {
            if (trig >= r.from() && trig < r.to() && !(d.rule().equals("reporting-verb") && r.from() == trig + 1)) {
                m = stronger(m, r.modality());
                if (r.attribution() != null && who == null) {
                    who = r.attribution();
                }
            }
        }
        if (negated(u, trig)) {
            m = Modality.DENIED;
        } else if (m != Modality.DENIED && (d.planned() || plannedVerb(u, trig))) {
            m = m == Modality.REPORTED ? Modality.REPORTED : Modality.PLANNED;
        }
        if (d.planned() && neverHappened(u, trig)) {
            m = Modality.DENIED;
        }
        if (deniedAfter(u, trig)) {
            m = Modality.DENIED;
        }
        attribution[0] = who;
        return m;
    }

    private static Modality stronger(Modality a, Modality b) {
        if (a == Modality.DENIED || b == Modality.DENIED) {
            return Modality.DENIED;
        }
        if (a == Modality.REPORTED || b == Modality.REPORTED) {
            return Modality.REPORTED;
        }
        if (a == Modality.PLANNED || b == Modality.PLANNED) {
            return Modality.PLANNED;
        }
        return Modality.ASSERTED;
    }

    /** "does not send", "have not resumed", "never signed": a negation in the trigger's verb group. */
    private static boolean negated(List<Unit> u, int trig) {
        if (trig < 0 || trig >= u.size() || !u.get(trig).isWord() || Lexicon.form(u.get(trig).lower) == null) {
            return false;
        }
        for (int k = trig - 1; k >= 0 && trig - k <= 4; k--) {
            Unit x = u.get(k);
            if (x.in(Lexicon.NEGATIONS)) {
                return true;
            }
            if (!(x.in(Lexicon.AUXILIARIES) || x.in(Lexicon.ADVERBS_OF_DEGREE) || x.isWord() && x.lower.endsWith("ly"))) {
                return false;
            }
        }
        return false;
    }

    private static boolean plannedVerb(List<Unit> u, int trig) {
        if (trig < 0 || trig >= u.size() || !u.get(trig).isWord()) {
            return false;
        }
        for (int k = trig - 1; k >= 0 && trig - k <= 4; k--) {
            Unit x = u.get(k);
            if (x.is("have") && k > 0 && (u.get(k - 1).is("may") || u.get(k - 1).is("might"))) {
                return false;
            }
            if (PLANNING_WORDS.contains(x.lower) && x.isWord()) {
                return true;
            }
            if (x.is("to") && k > 0 && PLANNING_WORDS.contains(u.get(k - 1).lower)) {
                return true;
            }
            if (!(x.in(Lexicon.AUXILIARIES) || x.in(Lexicon.ADVERBS_OF_DEGREE) || x.is("to") || x.is("be")
                    || x.isWord() && x.lower.endsWith("ly"))) {
                return false;
            }
        }
        return false;
    }

    private static boolean neverHappened(List<Unit> u, int trig) {
        for (int k = Math.max(0, trig); k + 2 < u.size(); k++) {
            if ((u.get(k).is("never") || u.get(k).is("not")) && (u.get(k + 1).lower.startsWith("took")
                    || u.get(k + 1).is("take") || u.get(k + 1).is("happened") || u.get(k + 1).is("materialized")
                    || u.get(k + 1).is("occurred"))) {
                return true;
            }
        }
        return false;
    }

    /** "..., which they do not": the statement before is denied. */
    private static boolean deniedAfter(List<Unit> u, int trig) {
        for (int k = Math.max(0, trig + 1); k + 3 < u.size(); k++) {
            if (u.get(k).is("which") && (u.get(k + 1).is("they") || u.get(k + 1).is("it"))
                    && u.get(k + 2).in(Set.of("do", "does", "did")) && u.get(k + 3).is("not")) {
                return true;
            }
        }
        return false;
    }

    // ---- quote -----------------------------------------------------------------------------------------------------

    /** Document offsets {start, end} of the quote for a draft, or null when no verbatim quote can be made. */
    static int[] quote(Sentence s, String documentText, List<Unit> u, Draft d) {
        int a = Integer.MAX_VALUE;
        int b = -1;
        int anchor = -1;
        for (int idx : new int[]{d.trigger(), d.sourceUnit(), d.targetUnit()}) {
            if (idx >= 0 && idx < u.size()) {
                a = Math.min(a, u.get(idx).start);
                b = Math.max(b, u.get(idx).end);
            }
        }
        if (d.trigger() >= 0 && d.trigger() < u.size()) {
            anchor = u.get(d.trigger()).start;
        }
        String text = s.text();
        if (b < 0) {
            a = 0;
            b = text.length();
        }
        if (anchor < 0) {
            anchor = a;
        }
        if (s.segments().size() <= 1 && text.length() <= MAX_WHOLE_SENTENCE) {
            return trim(documentText, s.start(), s.end());
        }
        int[] clause = clause(text, a, b);
        int[] seg = segmentOf(s, anchor);
        int qa = Math.max(clause[0], seg[0]);
        int qb = Math.min(clause[1], seg[1]);
        if (qb <= qa) {
            qa = seg[0];
            qb = seg[1];
        }
        int ds = s.documentOffset(qa);
        int de = s.documentOffset(qb);
        if (de <= ds) {
            return null;
        }
        return trim(documentText, ds, de);
    }

    /** The clause around [a, b) in the sentence text: out to ";" or the sentence edges, then to commas if long. */
    private static int[] clause(String text, int a, int b) {
        int left = lastIndexOfAny(text, ";:", a) + 1;
        int right = indexOfAny(text, ";:", b);
        if (right < 0) {
            right = text.length();
        }
        if (right - left > MAX_WHOLE_SENTENCE) {
            int l = lastIndexOfAny(text, ",", a) + 1;
            int r = indexOfAny(text, ",", b);
            left = Math.max(left, l);
            right = r < 0 ? right : Math.min(right, r);
        }
        return new int[]{left, right};
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
        int consumed = 0;
        List<Sentence.Segment> segs = s.segments();
        if (segs.isEmpty()) {
            return new int[]{0, s.text().length()};
        }
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

    // ---- year ------------------------------------------------------------------------------------------------------

    /** The year the quote's clause states nearest to the trigger: "2024", or a decade "1980s"; null when none. */
    static String year(Sentence s, String documentText, int[] quote, List<Unit> u, Draft d) {
        String q = documentText.substring(quote[0], quote[1]);
        int anchorDoc = -1;
        if (d.trigger() >= 0 && d.trigger() < u.size()) {
            anchorDoc = s.documentOffset(u.get(d.trigger()).start);
        } else if (d.sourceUnit() >= 0 && d.sourceUnit() < u.size()) {
            anchorDoc = s.documentOffset(u.get(d.sourceUnit()).start);
        }
        int[] clause = anchorDoc < 0 ? new int[]{0, q.length()} : clauseOf(q, anchorDoc - quote[0]);
        Matcher m = YEAR.matcher(q);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        while (m.find()) {
            boolean inClause = m.start() >= clause[0] && m.end() <= clause[1];
            if (!inClause && !leadingYear(q, m.start())) {
                continue;
            }
            int at = quote[0] + m.start();
            int distance = anchorDoc < 0 ? m.start() : Math.abs(at - anchorDoc);
            if (at > anchorDoc && anchorDoc >= 0) {
                distance += 1;
            }
            if (leadingYear(q, m.start())) {
                distance = Math.min(distance, 60);
            }
            if (distance < bestDistance) {
                bestDistance = distance;
                best = m.group(1) + m.group(2);
            }
        }
        return best;
    }

    private static final Pattern CLAUSE_BREAK = Pattern.compile(
            "[;:]|,\\s+(?:and|but|while|whereas|although|though)\\s|\\swhile\\s|\\swhereas\\s");

    /** The clause of the quote around offset {@code at}: between ";", ":", ", and", ", but", "while" ... */
    private static int[] clauseOf(String q, int at) {
        int start = 0;
        int end = q.length();
        Matcher m = CLAUSE_BREAK.matcher(q);
        while (m.find()) {
            if (m.end() <= at) {
                start = m.end();
            } else if (m.start() >= at) {
                end = m.start();
                break;
            }
        }
        return new int[]{start, end};
    }

    /** "In October 2024, ..." at the front of the quote frames the whole sentence. */
    private static boolean leadingYear(String q, int at) {
        String before = q.substring(0, at).strip();
        return before.matches("(?i)(in|since|by|from|during|until|after|before)(\\s+(early|late|mid-?))?"
                + "(\\s+(january|february|march|april|may|june|july|august|september|october|november|december))?"
                + "(\\s+\\d{1,2},)?");
    }
}
