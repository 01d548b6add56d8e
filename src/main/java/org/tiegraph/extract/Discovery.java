package org.tiegraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds entities the catalogue lacks in one sentence: named vessels, companies with legal suffixes, actor groups
 * ("two companies in southeastern China"), treaties, exercises, sanctions, model designators (S-400), capitalised names
 * typed by their head word, people with titles, regions ("northeast China"). Reports the capitalised names it cannot
 * type, and acronyms given in brackets after a known name.
 */
final class Discovery {

    /** What one sentence yielded. */
    record Result(List<Candidate> candidates, List<AliasHint> aliases, List<String> unresolved) {
    }

    /** A new alias for an entity named just before it: "Federal Security Bureau (FSB)". */
    record AliasHint(int ownerStart, int ownerEnd, String alias) {
    }

    private static final String CAP = "\\p{Lu}[\\p{L}\\p{N}’'.&-]*";
    private static final Pattern DESIGNATOR = Pattern.compile(
            "(?<![\\p{L}\\p{N}-])(?:\\p{Lu}\\p{Ll}+ (?=\\p{Lu}[\\p{L}]{0,11}-\\d))?(?:\\p{Lu}[\\p{L}]{0,11}-\\d{1,4}[\\p{Lu}]?"
            + "|Type \\d{2,3}[\\p{Lu}]?)(?![\\p{L}\\p{N}]|-\\p{L})");
    private static final Pattern LEGAL_SUFFIX = Pattern.compile("((?:" + CAP + "\\s+){0,5}" + CAP + ")(,?\\s+(?:Co\\.,?\\s+Ltd\\.?|"
            + "Company Limited|Co\\., Limited|Ltd\\.|Limited|LLC|L\\.L\\.C\\.|Inc\\.|Corp\\.|Corporation|GmbH|JSC|PJSC|OJSC|"
            + "OOO|LLP|PLC|S\\.A\\.|AG|Pte\\.? Ltd\\.?|Holdings|Group))(?![\\p{L}])");
    private static final Pattern TREATY_OF = Pattern.compile(
            "(?:(?<year>(?:1[5-9]|20)\\d\\d)\\s+)?(?<pre>(?:" + CAP + "\\s+){0,3})(?<head>Treaty|Agreement|Accord|Pact|"
            + "Convention|Protocol|Memorandum|Charter|Declaration)\\s+(?<prep>of|on|for|between|concerning)\\s+"
            + "(?<body>(?:the\\s+)?" + CAP + "(?:(?:,\\s+(?:and\\s+)?|\\s+(?:and|of|on|the|for|in|between)\\s+|\\s+)" + CAP + ")*)");
    private static final Pattern NAMED_TREATY = Pattern.compile(
            "(?:(?<year>(?:1[5-9]|20)\\d\\d)\\s+)?(?<name>(?:" + CAP + "\\s+){1,4})(?<head>Treaty|Agreement|Accords?|Pact|"
            + "Convention|Protocol|Memorandum|Charter|Declaration)(?![\\p{L}])(?!\\s+(?:of|on|for|between)\\s+\\p{Lu})");
    private static final Pattern DATED_TREATY = Pattern.compile(
            "(?<det>\\b(?i:the|a|an|their|its|his|her)\\s+)(?<name>(?<date>(?:(?:January|February|March|April|May|June|July|"
            + "August|September|October|November|December)\\s+(?:\\d{1,2},\\s+)?)?(?:1[5-9]|20)\\d\\d|[\\w]+-year)\\s+"
            + "(?:[a-z-]+\\s+){0,3}(?:treaty|agreement|accord|pact|contract|roadmap|memorandum|deal|partnership))(?![\\p{L}])");
    private static final Pattern DIRECTION = Pattern.compile(
            "(?i)\\b(?:north|south|east|west|northeast|northwest|southeast|southwest|central|north-east|north-west|"
            + "south-east|south-west)(?:ern)?$");
    private static final Pattern PAREN_ACRONYM = Pattern.compile("^\\s*\\((\\p{Lu}[\\p{Lu}\\p{N}&-]{1,9})\\)");

    private final Catalogue catalogue;

    Discovery(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** Discovery over one sentence text, given the catalogue matches already found in it. */
    Result discover(String text, List<Gazetteer.Match> known) {
        text = maskUrls(text);
        List<Tokenizer.Token> tokens = Tokenizer.tokenize(text);
        Scan scan = new Scan(text, tokens, known);
        scan.designators();
        scan.vessels();
        scan.legalSuffixes();
        scan.treaties();
        scan.directionalRegions();
        scan.groups();
        scan.demonymItems();
        scan.people();
        scan.listedNames();
        scan.capitalisedNames();
        scan.sanctions();
        scan.acronyms();
        return new Result(scan.found, scan.aliasHints, scan.unresolved);
    }

    /** The working state of one sentence. */
    private final class Scan {
        final String text;
        final String flat;
        final List<Tokenizer.Token> tokens;
        final String[] lowers;
        final List<Gazetteer.Match> known;
        final List<Candidate> found = new ArrayList<>();
        final List<AliasHint> aliasHints = new ArrayList<>();
        final List<String> unresolved = new ArrayList<>();

        Scan(String text, List<Tokenizer.Token> tokens, List<Gazetteer.Match> known) {
            this.text = text;
            this.flat = text.replace('\n', ' ').replace('\r', ' ');
            this.tokens = tokens;
            this.lowers = new String[tokens.size()];
            for (int i = 0; i < tokens.size(); i++) {
                lowers[i] = NormalizedText.fold(tokens.get(i).text());
            }
            this.known = known;
        }

        // ---- helpers -----------------------------------------------------------------------------------------

        Gazetteer.Match knownAt(int offset) {
            for (Gazetteer.Match m : known) {
                if (m.start() <= offset && offset < m.end()) {
                    return m;
                }
            }
            return null;
        }

        /** True when a catalogue name of the type lies inside [start, end). */
        boolean holdsKnown(int start, int end, String type) {
            for (Gazetteer.Match m : known) {
                if (m.start() >= start && m.end() <= end && catalogue.isA(typeOf(m), type)) {
                    return true;
                }
            }
            return false;
        }

        boolean knownExactly(int start, int end) {
            for (Gazetteer.Match m : known) {
                if (m.start() <= start && end <= m.end()) {
                    return true;
                }
            }
            return false;
        }

        String typeOf(Gazetteer.Match m) {
            return m.targets().getFirst().type();
        }

        boolean isState(Gazetteer.Match m) {
            return m != null && "State".equals(typeOf(m));
        }

        boolean isPlaceOrState(Gazetteer.Match m) {
            return m != null && (catalogue.isA(typeOf(m), "State") || catalogue.isA(typeOf(m), "Place"));
        }

        int tokenAt(int offset) {
            for (int i = 0; i < tokens.size(); i++) {
                if (tokens.get(i).start() <= offset && offset < tokens.get(i).end()) {
                    return i;
                }
            }
            return -1;
        }

        String lower(int i) {
            return i >= 0 && i < tokens.size() ? lowers[i] : "";
        }

        String raw(int i) {
            return i >= 0 && i < tokens.size() ? tokens.get(i).text() : "";
        }

        boolean cap(int i) {
            String t = raw(i);
            return !t.isEmpty() && Character.isUpperCase(t.charAt(0));
        }

        boolean overlapsFound(int start, int end) {
            return found.stream().anyMatch(c -> c.start() < end && start < c.end());
        }

        void add(String type, String name, int start, int end, List<String> aliases, Map<String, Object> props, String rule) {
            String clean = cleanName(name);
            if (clean.length() < 2 || !catalogue.isEntityType(type)) {
                return;
            }
            List<String> all = new ArrayList<>();
            for (String a : aliases) {
                String c = a.strip();
                if (!c.isEmpty() && !all.contains(c)) {
                    all.add(c);
                }
            }
            found.add(new Candidate(type, clean, start, end, all, props == null ? Map.of() : props, rule));
        }

        // ---- rules -------------------------------------------------------------------------------------------

        void designators() {
            Matcher m = DESIGNATOR.matcher(flat);
            while (m.find()) {
                String d = m.group();
                int ds = m.start();
                int sp = d.indexOf(' ');
                if (sp > 0 && !d.startsWith("Type ") && (Lexicon.FUNCTION_CAPITALS.contains(NormalizedText.fold(d.substring(0, sp)))
                        || knownAt(ds) != null && knownAt(ds).end() <= ds + sp)) {
                    ds += sp + 1;
                    d = d.substring(sp + 1);
                }
                if (d.toLowerCase(Locale.ROOT).startsWith("covid") || knownExactly(ds, m.end())) {
                    continue;
                }
                int ti = tokenAt(m.end() - 1);
                String type = "Item";
                StringBuilder tail = new StringBuilder();
                int tailEnd = m.end();
                for (int k = ti + 1; k <= ti + 6 && k < tokens.size(); k++) {
                    String w = lower(k);
                    if (tokens.get(k).kind() == Unit.Kind.PUNCT && !w.equals("-")) {
                        break;
                    }
                    String head = Lexicon.NAME_HEADS.get(w);
                    if (head != null && (head.equals("Exercise") || head.equals("Item"))) {
                        type = head;
                        tailEnd = tokens.get(k).end();
                    }
                    if (Lexicon.GROUP_HEADS.containsKey(w) && "Vessel".equals(Lexicon.GROUP_HEADS.get(w))) {
                        type = "Vessel";
                        tailEnd = tokens.get(k).end();
                    }
                }
                List<String> aliases = new ArrayList<>(List.of(d));
                if (tailEnd > m.end()) {
                    tail.append(text, ds, tailEnd);
                    aliases.add(tail.toString());
                }
                add(type, d, ds, m.end(), aliases, null, "designator");
            }
        }

        void vessels() {
            // "the NAME, a Hong Kong-flagged vessel" / "The NAME, another China-flagged ship"
            for (int i = 0; i < tokens.size(); i++) {
                if (!raw(i).equals(",")) {
                    continue;
                }
                int k = i + 1;
                if (!Set.of("a", "an", "another", "the").contains(lower(k))) {
                    continue;
                }
                boolean vessel = false;
                for (int j = k + 1; j < Math.min(tokens.size(), k + 8); j++) {
                    String h = Lexicon.GROUP_HEADS.get(lower(j));
                    if ("Vessel".equals(h)) {
                        vessel = true;
                        break;
                    }
                    if (raw(j).equals(",") || raw(j).equals(".")) {
                        break;
                    }
                }
                if (!vessel) {
                    continue;
                }
                int end = i;
                int first = i - 1;
                while (first >= 0 && (cap(first) || tokens.get(first).kind() == Unit.Kind.NUMBER) && i - first <= 4
                        && !Lexicon.FUNCTION_CAPITALS.contains(lower(first))) {
                    first--;
                }
                first++;
                if (first >= end) {
                    continue;
                }
                int s = tokens.get(first).start();
                int e = tokens.get(end - 1).end();
                if (knownExactly(s, e)) {
                    continue;
                }
                String name = text.substring(s, e);
                add("Vessel", name, s, e, List.of(name), null, "vessel-apposition");
            }
            // "the tanker Eagle S", "vessel Yi Peng 3"
            Pattern named = Pattern.compile("\\b(?:vessel|ship|tanker|freighter|carrier|bulk carrier|trawler|MV|M/V|MT)\\s+"
                    + "(?:named\\s+|called\\s+)?((?:" + CAP + "|\\d+)(?:\\s+(?:" + CAP + "|\\d+)){0,3})");
            Matcher m = named.matcher(flat);
            while (m.find()) {
                int s = m.start(1);
                int e = m.end(1);
                String name = text.substring(s, e);
                if (knownExactly(s, e) || Lexicon.FUNCTION_CAPITALS.contains(NormalizedText.fold(name.split("\\s+")[0]))) {
                    continue;
                }
                add("Vessel", name, s, e, List.of(name), null, "vessel-named");
            }
        }

        void legalSuffixes() {
            Matcher m = LEGAL_SUFFIX.matcher(flat);
            while (m.find()) {
                int s = m.start(1);
                String first = NormalizedText.fold(flat.substring(s).split("\\s+")[0]);
                while (Lexicon.FUNCTION_CAPITALS.contains(first) && s < m.end(1)) {
                    int sp = flat.indexOf(' ', s);
                    if (sp < 0 || sp >= m.end(1)) {
                        break;
                    }
                    s = sp + 1;
                    first = NormalizedText.fold(flat.substring(s).split("\\s+")[0]);
                }
                int based = flat.substring(s, m.end()).lastIndexOf("-based ");
                if (based >= 0) {
                    s = s + based + "-based ".length();
                }
                String name = text.substring(s, m.end());
                add("Company", name, s, m.end(), List.of(name), null, "legal-suffix");
            }
        }

        void treaties() {
            Matcher m = TREATY_OF.matcher(flat);
            while (m.find()) {
                int s = m.start("pre") >= 0 && !m.group("pre").isBlank() ? m.start("pre") : m.start("head");
                s = skipFunctionWords(s, m.start("head"));
                int e = trimTrailing(m.end());
                String core = text.substring(s, e);
                List<String> aliases = new ArrayList<>(List.of(core));
                int start = s;
                if (m.group("year") != null) {
                    start = m.start("year");
                    aliases.add(text.substring(start, e));
                }
                if (holdsKnown(start, e, "Treaty")) {
                    continue;
                }
                add("Treaty", text.substring(start, e), start, e, aliases, yearProps(m.group("year")), "treaty-of");
            }
            m = NAMED_TREATY.matcher(flat);
            while (m.find()) {
                int s = skipFunctionWords(m.start("name"), m.start("head"));
                if (s >= m.start("head") || overlapsFound(s, m.end())) {
                    continue;
                }
                int start = m.group("year") != null ? m.start("year") : s;
                if (holdsKnown(start, m.end(), "Treaty")) {
                    continue;
                }
                String name = text.substring(start, m.end());
                add("Treaty", name, start, m.end(), List.of(name, text.substring(s, m.end())), yearProps(m.group("year")),
                        "treaty-named");
            }
            m = DATED_TREATY.matcher(flat);
            while (m.find()) {
                if (overlapsFound(m.start("name"), m.end("name"))) {
                    continue;
                }
                String name = text.substring(m.start("name"), m.end("name"));
                List<String> aliases = new ArrayList<>(List.of(name));
                if (m.group("det").strip().matches("(?i)the|a|an")) {
                    aliases.add(text.substring(m.start("det"), m.end("name")));
                }
                add("Treaty", name, m.start("name"), m.end("name"), aliases, null, "treaty-dated");
            }
        }

        Map<String, Object> yearProps(String year) {
            Map<String, Object> p = new LinkedHashMap<>();
            if (year != null) {
                p.put("year", year);
            }
            return p;
        }

        int skipFunctionWords(int s, int limit) {
            while (s < limit) {
                int sp = flat.indexOf(' ', s);
                String w = NormalizedText.fold(flat.substring(s, sp < 0 ? flat.length() : sp));
                if (!Lexicon.FUNCTION_CAPITALS.contains(w) || sp < 0 || sp >= limit) {
                    break;
                }
                s = sp + 1;
            }
            return s;
        }

        int trimTrailing(int e) {
            while (e > 0 && ",;: .'’\"”".indexOf(flat.charAt(e - 1)) >= 0) {
                e--;
            }
            return e;
        }

        void sanctions() {
            for (int i = 0; i < tokens.size(); i++) {
                if (!lower(i).equals("sanctions")) {
                    continue;
                }
                Gazetteer.Match issuer = i > 0 ? knownAt(tokens.get(i - 1).start()) : null;
                boolean packaged = lower(i + 1).equals("package") || lower(i + 1).equals("regime");
                if (issuer == null && packaged) {
                    for (int b = i - 1; b >= 0 && i - b <= 3 && issuer == null; b--) {
                        if (lower(b).equals("'s") && b > 0) {
                            issuer = knownAt(tokens.get(b - 1).start());
                        }
                    }
                }
                if (issuer != null && !(catalogue.isA(typeOf(issuer), "State") || catalogue.isA(typeOf(issuer), "Organization"))) {
                    issuer = null;
                }
                int start = issuer != null ? issuer.start() : tokens.get(i).start();
                int end = packaged ? tokens.get(i + 1).end() : tokens.get(i).end();
                String target = null;
                if (lower(i + 1).equals("on") || lower(i + 1).equals("against")) {
                    int k = i + 2;
                    if (lower(k).equals("the")) {
                        k++;
                    }
                    Candidate group = k < tokens.size() ? candidateAt(tokens.get(k).start()) : null;
                    Gazetteer.Match named = k < tokens.size() && group == null ? knownAt(tokens.get(k).start()) : null;
                    if (group != null) {
                        target = group.name();
                        end = group.end();
                    } else if (named != null) {
                        target = named.surface();
                        end = named.end();
                        int j = tokenAtOrAfter(end);
                        if (j >= 0 && lower(j).equals("'s")) {
                            int q = j + 1;
                            int limit = q + 3;
                            boolean title = cap(i);
                            while (q < tokens.size() && q < limit && tokens.get(q).kind() == Unit.Kind.WORD
                                    && (title || !cap(q)) && !Lexicon.PREPOSITIONS.contains(lower(q))
                                    && !Lexicon.AUXILIARIES.contains(lower(q)) && !lower(q).equals("and")) {
                                end = tokens.get(q).end();
                                q++;
                            }
                        }
                    }
                } else if (lower(i + 1).equals("in") && i + 2 < tokens.size()
                        && tokens.get(i + 2).kind() == Unit.Kind.NUMBER && issuer != null) {
                    end = tokens.get(i + 2).end();
                }
                if (issuer == null && target == null) {
                    continue;
                }
                int s = start;
                if (i > 0 && issuer != null) {
                    int prev = tokenAt(issuer.start()) - 1;
                    if (prev >= 0 && lower(prev).equals("new") && cap(prev)) {
                        s = tokens.get(prev).start();
                    }
                }
                String name = text.substring(start, end);
                List<String> aliases = new ArrayList<>(List.of(name));
                if (s != start) {
                    aliases.add(text.substring(s, end));
                }
                Map<String, Object> props = new LinkedHashMap<>();
                if (issuer != null) {
                    props.put("issuer", issuer.surface());
                }
                if (target != null) {
                    props.put("target", target);
                }
                add("Sanction", name, start, end, aliases, props, "sanction-phrase");
            }
        }

        Candidate candidateAt(int offset) {
            for (Candidate c : found) {
                if (c.start() == offset) {
                    return c;
                }
            }
            return null;
        }

        int tokenAtOrAfter(int offset) {
            for (int i = 0; i < tokens.size(); i++) {
                if (tokens.get(i).start() >= offset) {
                    return i;
                }
            }
            return -1;
        }

        void directionalRegions() {
            for (Gazetteer.Match m : known) {
                if (!isState(m)) {
                    continue;
                }
                int ti = tokenAt(m.start());
                if (ti <= 0) {
                    continue;
                }
                String prev = raw(ti - 1);
                if (DIRECTION.matcher(prev).find() && !cap(ti - 1) || DIRECTION.matcher(prev).find() && ti - 1 > 0) {
                    int s = tokens.get(ti - 1).start();
                    if (ti - 2 >= 0 && raw(ti - 2).equals("-") && ti - 3 >= 0 && DIRECTION.matcher(raw(ti - 3)).find()) {
                        s = tokens.get(ti - 3).start();
                    }
                    String name = text.substring(s, m.end());
                    if (!m.surface().equals(m.surface().toLowerCase(Locale.ROOT))
                            && Character.isUpperCase(m.surface().charAt(0))) {
                        add("Place", name, s, m.end(), List.of(name), null, "direction-region");
                    }
                }
            }
        }

        /** Lower-case descriptive groups: "Chinese companies in Xinjiang", "a Chinese port", "Iranian oil". */
        void groups() {
            for (int i = 0; i < tokens.size(); i++) {
                String w = lower(i);
                String two = i + 1 < tokens.size() ? w + " " + lower(i + 1) : null;
                int headEnd = i;
                String type = null;
                String head = w;
                if (two != null && Lexicon.GROUP_HEADS.containsKey(two)) {
                    type = Lexicon.GROUP_HEADS.get(two);
                    headEnd = i + 1;
                    head = two;
                } else if (Lexicon.GROUP_HEADS.containsKey(w) && !cap(i)) {
                    type = Lexicon.GROUP_HEADS.get(w);
                } else if (Lexicon.ITEM_HEADS.contains(w) && !cap(i)) {
                    type = "Item";
                } else if ((w.equals("exercises") || w.equals("exercise") || w.equals("drills") || w.equals("patrols"))
                        && !cap(i)) {
                    type = "Exercise";
                }
                if (type == null || knownAt(tokens.get(i).start()) != null) {
                    continue;
                }
                if ("Item".equals(type)) {
                    while (headEnd + 1 < tokens.size() && Lexicon.ITEM_HEADS.contains(lower(headEnd + 1))
                            && !cap(headEnd + 1) && knownAt(tokens.get(headEnd + 1).start()) == null) {
                        headEnd++;
                    }
                }
                // modifiers to the left
                int first = i;
                boolean state = false;
                boolean flagged = false;
                boolean quantity = false;
                int k = i - 1;
                while (k >= 0 && i - k <= 6) {
                    Tokenizer.Token t = tokens.get(k);
                    String lw = lower(k);
                    Gazetteer.Match km = knownAt(t.start());
                    if (km != null) {
                        if (!(isState(km) || isPlaceOrState(km))) {
                            break;
                        }
                        state = true;
                        k = tokenAt(km.start()) - 1;
                        first = tokenAt(km.start());
                        continue;
                    }
                    if (lw.equals("'s")) {
                        Gazetteer.Match owner = k > 0 ? knownAt(tokens.get(k - 1).start()) : null;
                        state = state || isState(owner);
                        break;
                    }
                    if (lw.equals("-") || lw.equals("\"") || lw.equals("'")) {
                        k--;
                        continue;
                    }
                    if (lw.equals("flagged")) {
                        flagged = true;
                    }
                    if (lw.endsWith("ed") && !raw(k - 1).equals("-")) {
                        break;
                    }
                    if (lw.endsWith("ed") && raw(k - 1).equals("-")) {
                        first = k;
                        k--;
                        continue;
                    }
                    if (t.kind() == Unit.Kind.WORD && !cap(k) && lw.length() > 1 && !Lexicon.DETERMINERS.contains(lw)
                            && !Lexicon.PREPOSITIONS.contains(lw) && !Lexicon.AUXILIARIES.contains(lw)
                            && !Lexicon.COORDINATORS.contains(lw) && !Lexicon.RELATIVE_PRONOUNS.contains(lw)
                            && !Lexicon.NEGATIONS.contains(lw) && !Lexicon.PRONOUNS.contains(lw)
                            && Lexicon.form(lw) == null && !lw.endsWith("ly")) {
                        first = k;
                        k--;
                        continue;
                    }
                    if (Lexicon.NUMBER_WORDS.containsKey(lw) || Set.of("several", "numerous", "some", "many").contains(lw)
                            || t.kind() == Unit.Kind.NUMBER) {
                        quantity = true;
                        first = k;
                    }
                    break;
                }
                // strip leading punctuation kept as modifier
                while (first < i && (raw(first).equals("-") || raw(first).equals("\"") || raw(first).equals("“"))) {
                    first++;
                }
                int end = headEnd;
                boolean located = false;
                if ("Company".equals(type)) {
                    int[] loc = locationTail(headEnd + 1);
                    if (loc != null) {
                        end = loc[0];
                        located = true;
                    }
                }
                if (flagged && !state) {
                    continue;
                }
                boolean keep = switch (type) {
                    case "Company" -> state || located;
                    case "MilitaryForce", "Place", "Infrastructure" -> state && !w.equals("military") || flagged;
                    case "Vessel" -> state || flagged;
                    case "Item" -> state && directlyModified(first, i);
                    case "Exercise" -> state;
                    default -> false;
                };
                if (!keep || (quantity && !located && !"Company".equals(type))) {
                    continue;
                }
                if ("Item".equals(type) && Set.of("exports", "imports", "supplies").contains(head)
                        && !modifierIsItem(first, i)) {
                    continue;
                }
                int s = tokens.get(first).start();
                int e = tokens.get(end).end();
                int det = first - 1;
                if (knownExactly(s, e) || apposition(det, type, head)) {
                    continue;
                }
                String name = text.substring(s, e);
                List<String> aliases = new ArrayList<>(List.of(name));
                if ("MilitaryForce".equals(type) && Set.of("forces", "soldiers").contains(head) && !quantity) {
                    name = text.substring(s, tokens.get(i).start()) + "troops";
                }
                if (det >= 0 && Set.of("a", "an", "the").contains(lower(det))) {
                    aliases.add(text.substring(tokens.get(det).start(), e));
                    if (det - 2 >= 0 && lower(det - 2).equals("one") && lower(det - 1).equals("of")) {
                        aliases.add(text.substring(tokens.get(det - 2).start(), e));
                    }
                }
                add(type, name, s, e, aliases, null, "group");
                i = end;
            }
        }

        /** "the Yuan Peng 3, another China-flagged ship": the phrase describes the name before it. */
        boolean apposition(int det, String type, String head) {
            if (det < 0 || !Set.of("Vessel", "Place", "Infrastructure").contains(type) || head.endsWith("s")) {
                return false;
            }
            return lower(det).equals("another") || Set.of("a", "an").contains(lower(det)) && raw(det - 1).equals(",");
        }

        /** A catalogue item named with a demonym: "Iranian oil", "Iranian military equipment", "Chinese drone parts". */
        void demonymItems() {
            for (int k = 1; k < known.size(); k++) {
                Gazetteer.Match item = known.get(k);
                Gazetteer.Match dem = known.get(k - 1);
                if (!"Item".equals(typeOf(item)) || !isState(dem) || !isDemonym(dem)) {
                    continue;
                }
                String between = flat.substring(dem.end(), item.start());
                if (!between.isBlank() || overlapsFound(dem.start(), item.end())) {
                    continue;
                }
                String name = text.substring(dem.start(), item.end());
                add("Item", name, dem.start(), item.end(), List.of(name), null, "demonym-item");
            }
        }

        boolean isDemonym(Gazetteer.Match m) {
            String d = catalogue.demonym(m.targets().getFirst().entityId());
            return d != null && NormalizedText.fold(m.surface()).equals(NormalizedText.fold(d));
        }

        boolean directlyModified(int first, int head) {
            for (int k = first; k < head; k++) {
                Gazetteer.Match m = knownAt(tokens.get(k).start());
                if (isState(m) && Character.isUpperCase(m.surface().charAt(0))) {
                    String s = NormalizedText.fold(m.surface());
                    // a demonym ("Iranian"), not the country's name ("Iran oil")
                    return s.endsWith("n") || s.endsWith("ese") || s.endsWith("ish") || s.endsWith("i") || s.endsWith("ch")
                            || s.endsWith("an") || s.endsWith("ic");
                }
            }
            return false;
        }

        boolean modifierIsItem(int first, int head) {
            for (int k = first; k < head; k++) {
                if (Lexicon.ITEM_HEADS.contains(lower(k)) && !lower(k).equals("military")) {
                    return true;
                }
            }
            return false;
        }

        /** "in Xinjiang as well as in Shenzhen and Xiamen", "in southeastern China": returns {last token index}. */
        int[] locationTail(int k) {
            if (!Set.of("in", "from").contains(lower(k)) && !(lower(k).equals("based") && lower(k + 1).equals("in"))) {
                return null;
            }
            int last = -1;
            int j = k;
            while (j < tokens.size()) {
                if (lower(j).equals("based")) {
                    j++;
                }
                if (!Set.of("in", "from").contains(lower(j))) {
                    break;
                }
                j++;
                if (lower(j).equals("the")) {
                    j++;
                }
                if (j < tokens.size() && DIRECTION.matcher(raw(j)).find() && !cap(j)) {
                    j++;
                }
                int placeEnd = placeAt(j);
                if (placeEnd < 0) {
                    break;
                }
                last = placeEnd;
                j = placeEnd + 1;
                // coordination: ", X", "and X", "as well as in X"
                while (j < tokens.size()) {
                    if (raw(j).equals(",") && placeAt(j + 1) >= 0) {
                        last = placeAt(j + 1);
                        j = last + 1;
                    } else if (lower(j).equals("and") && placeAt(j + 1) >= 0) {
                        last = placeAt(j + 1);
                        j = last + 1;
                    } else if (lower(j).equals("as") && lower(j + 1).equals("well") && lower(j + 2).equals("as")) {
                        j += 3;
                        if (!lower(j).equals("in") && placeAt(j) >= 0) {
                            last = placeAt(j);
                            j = last + 1;
                        } else {
                            break;
                        }
                    } else if (lower(j).equals("and") && lower(j + 1).equals("in")) {
                        j += 1;
                        break;
                    } else {
                        break;
                    }
                }
                if (!Set.of("in", "from").contains(lower(j))) {
                    break;
                }
            }
            return last < 0 ? null : new int[]{last};
        }

        /** The last token index of a place named at token {@code j} (catalogue place/state or capitalised run), or -1. */
        int placeAt(int j) {
            if (j < 0 || j >= tokens.size()) {
                return -1;
            }
            Gazetteer.Match m = knownAt(tokens.get(j).start());
            if (m != null) {
                return isPlaceOrState(m) && !isDemonym(m) && m.start() == tokens.get(j).start() ? tokenAt(m.end() - 1) : -1;
            }
            if (!cap(j) || Lexicon.FUNCTION_CAPITALS.contains(lower(j)) || Lexicon.MONTHS.contains(lower(j))) {
                return -1;
            }
            int k = j;
            while (k + 1 < tokens.size() && cap(k + 1) && knownAt(tokens.get(k + 1).start()) == null) {
                k++;
            }
            return k;
        }

        void people() {
            for (int i = 0; i < tokens.size(); i++) {
                String w = lower(i);
                boolean title = Lexicon.PERSON_TITLES.contains(w) || Lexicon.PERSON_TITLES.contains(w + ".");
                if (!title) {
                    continue;
                }
                // multi-word titles: "Secretary of Defense Pete Hegseth", "Prime Minister X"
                int k = i + 1;
                if (raw(k).equals(".")) {
                    k++;
                }
                if (lower(k).equals("of") && cap(k + 1)) {
                    k += 2;
                    while (cap(k) && cap(k + 1) && cap(k + 2)) {
                        k++;
                    }
                }
                while (k < tokens.size() && Lexicon.PERSON_TITLES.contains(lower(k)) && cap(k)) {
                    k++;
                }
                int nameStart = k;
                while (k < tokens.size() && k - nameStart < 3 && cap(k) && tokens.get(k).kind() == Unit.Kind.WORD
                        && !Lexicon.FUNCTION_CAPITALS.contains(lower(k)) && !Lexicon.MONTHS.contains(lower(k))
                        && !Lexicon.NAME_HEADS.containsKey(lower(k)) && !Lexicon.PERSON_TITLES.contains(lower(k))) {
                    k++;
                }
                int words = k - nameStart;
                if (words < 2 || (k < tokens.size() && cap(k) && tokens.get(k).kind() == Unit.Kind.WORD)) {
                    continue;
                }
                int s = tokens.get(nameStart).start();
                int e = tokens.get(k - 1).end();
                Gazetteer.Match km = knownAt(s);
                if (km != null) {
                    continue;
                }
                String name = text.substring(s, e);
                List<String> aliases = new ArrayList<>(List.of(name));
                if (cap(i)) {
                    aliases.add(text.substring(tokens.get(i).start(), e));
                }
                add("Person", name, s, e, aliases, null, "person-title");
            }
            // "Shen Zhihua, the leading Chinese historian"
            for (int i = 2; i < tokens.size(); i++) {
                if (!raw(i).equals(",") || !cap(i - 1) || !cap(i - 2)) {
                    continue;
                }
                int k = i + 1;
                if (!Set.of("the", "a", "an").contains(lower(k))) {
                    continue;
                }
                boolean role = false;
                for (int j = k + 1; j < Math.min(tokens.size(), k + 6); j++) {
                    if (Lexicon.ROLE_NOUNS.contains(lower(j))) {
                        role = true;
                        break;
                    }
                    if (tokens.get(j).kind() == Unit.Kind.PUNCT && !raw(j).equals("-")) {
                        break;
                    }
                }
                int first = i - 2;
                if (first - 1 >= 0 && cap(first - 1) && tokens.get(first - 1).kind() == Unit.Kind.WORD
                        && !Lexicon.FUNCTION_CAPITALS.contains(lower(first - 1))) {
                    first--;
                }
                if (!role || Lexicon.FUNCTION_CAPITALS.contains(lower(first))) {
                    continue;
                }
                int s = tokens.get(first).start();
                int e = tokens.get(i - 1).end();
                if (knownAt(s) != null || knownAt(e - 1) != null || overlapsFound(s, e)) {
                    continue;
                }
                add("Person", text.substring(s, e), s, e, List.of(text.substring(s, e)), null, "person-apposition");
            }
        }

        /** Capitalised multi-word names typed by their head word; untyped ones are reported as unresolved. */
        void capitalisedNames() {
            int i = 0;
            while (i < tokens.size()) {
                if (!startsName(i)) {
                    i++;
                    continue;
                }
                int j = i;
                int lastCap = i;
                while (j + 1 < tokens.size()) {
                    String next = raw(j + 1);
                    if (cap(j + 1) && tokens.get(j + 1).kind() == Unit.Kind.WORD || next.equals("-") && cap(j + 2)) {
                        j++;
                        if (cap(j)) {
                            lastCap = j;
                        }
                        continue;
                    }
                    if (tokens.get(j + 1).kind() == Unit.Kind.NUMBER && cap(j) && j + 2 < tokens.size() && !cap(j + 2)) {
                        j++;
                        lastCap = j;
                        continue;
                    }
                    if (Set.of("of", "and", "for", "on", "the").contains(next) && connectorContinues(j + 1)
                            && !(next.equals("and") && (Lexicon.NAME_HEADS.containsKey(lower(j)) || raw(j + 2).equals("the")))) {
                        j++;
                        continue;
                    }
                    break;
                }
                j = lastCap;
                int s = tokens.get(i).start();
                int e = tokens.get(j).end();
                classifyName(i, j, s, e);
                i = j + 1;
            }
        }

        boolean startsName(int i) {
            if (!cap(i) || tokens.get(i).kind() != Unit.Kind.WORD) {
                return false;
            }
            return !(Lexicon.FUNCTION_CAPITALS.contains(lower(i)) || Lexicon.MONTHS.contains(lower(i)));
        }

        boolean connectorContinues(int k) {
            int j = k;
            while (j < tokens.size() && Set.of("of", "and", "for", "on", "the").contains(raw(j))) {
                j++;
            }
            return j < tokens.size() && cap(j) && tokens.get(j).kind() == Unit.Kind.WORD
                    && !Lexicon.FUNCTION_CAPITALS.contains(lower(j)) && j - k <= 2;
        }

        void classifyName(int i, int j, int s, int e) {
            if (overlapsFound(s, e) && found.stream().anyMatch(c -> c.start() <= s && e <= c.end())) {
                return;
            }
            if (i == j && (atSentenceStart(i) || Lexicon.NAME_HEADS.containsKey(lower(i)))) {
                return;
            }
            if (overlapsFound(s, e)) {
                return;
            }
            // a run made only of catalogue names and connectors ("China and Russia") names nothing new
            boolean allKnown = true;
            for (int k = i; k <= j; k++) {
                if (tokens.get(k).kind() == Unit.Kind.WORD && cap(k) && knownAt(tokens.get(k).start()) == null) {
                    allKnown = false;
                    break;
                }
            }
            if (allKnown) {
                return;
            }
            // split a run at "and" when the left part is a complete catalogue name
            for (int k = i; k <= j; k++) {
                if (raw(k).equals("and") && knownExactly(tokens.get(i).start(), tokens.get(k - 1).end())) {
                    classifyName(k + 1, j, tokens.get(k + 1).start(), e);
                    return;
                }
            }
            int headIndex = j;
            for (int k = i + 1; k <= j; k++) {
                if (Set.of("of", "on", "for").contains(raw(k))) {
                    headIndex = k - 1;
                    break;
                }
            }
            String head = lower(headIndex);
            String type = Lexicon.NAME_HEADS.get(head);
            String name = text.substring(s, e);
            // a lower-case head just after the name: "Sergeevka military base", "Balticconnector undersea gas pipeline"
            int tailEnd = -1;
            String tailType = null;
            for (int k = j + 1; k <= j + 4 && k < tokens.size(); k++) {
                if (tokens.get(k).kind() != Unit.Kind.WORD || cap(k) || knownAt(tokens.get(k).start()) != null) {
                    break;
                }
                String t = Lexicon.NAME_HEADS.get(lower(k));
                if (t != null && !t.equals("Treaty") && !t.equals("Event") && !t.equals("Initiative")
                        && !t.equals("GovernmentBody")) {
                    tailEnd = tokens.get(k).end();
                    tailType = t;
                }
                if (Lexicon.PREPOSITIONS.contains(lower(k)) || Lexicon.AUXILIARIES.contains(lower(k))
                        || Lexicon.form(lower(k)) != null) {
                    break;
                }
            }
            if (type == null && tailType != null && j == i || type == null && tailType != null) {
                String full = text.substring(s, tailEnd);
                add(tailType, name, s, tailEnd, List.of(name, full), null, "name-with-head");
                return;
            }
            if (type != null) {
                if (knownExactly(s, e)) {
                    return;
                }
                add(type, name, s, e, List.of(name), null, "name-head");
                return;
            }
            if (knownExactly(s, e)) {
                return;
            }
            int p = i - 1;
            if (lower(p).equals("the")) {
                p--;
            }
            if (Set.of("in", "near", "at").contains(lower(p)) && !cap(p) && j - i <= 2 && tokens.get(i).kind() == Unit.Kind.WORD) {
                add("Place", name, s, e, List.of(name), null, "locative-name");
                return;
            }
            if (j > i || (s > 0 && !atSentenceStart(i))) {
                if (!isHeadingLike(i, j)) {
                    unresolved.add(name);
                }
            }
        }

        boolean atSentenceStart(int i) {
            return i == 0 || raw(i - 1).equals(".") || raw(i - 1).equals("•") || raw(i - 1).equals(")");
        }

        boolean isHeadingLike(int i, int j) {
            return i == 0 && j == tokens.size() - 1;
        }

        /** "companies like Struktura and the Social Design Agency", "such as X, Y and Z". */
        void listedNames() {
            for (int i = 0; i < tokens.size(); i++) {
                boolean like = lower(i).equals("like") || lower(i).equals("such") && lower(i + 1).equals("as");
                if (!like || i == 0) {
                    continue;
                }
                String headType = Lexicon.GROUP_HEADS.get(lower(i - 1));
                if (headType == null && i >= 2) {
                    headType = Lexicon.GROUP_HEADS.get(lower(i - 2));
                }
                if (!"Company".equals(headType)) {
                    continue;
                }
                int k = lower(i).equals("such") ? i + 2 : i + 1;
                while (k < tokens.size()) {
                    if (lower(k).equals("the") || lower(k).equals("and") || raw(k).equals(",")) {
                        k++;
                        continue;
                    }
                    if (!cap(k)) {
                        break;
                    }
                    int s = tokens.get(k).start();
                    int j = k;
                    while (j + 1 < tokens.size() && cap(j + 1)) {
                        j++;
                    }
                    int e = tokens.get(j).end();
                    if (knownAt(s) == null && !overlapsFound(s, e)) {
                        String name = text.substring(s, e);
                        add("Company", name, s, e, List.of(name), null, "listed-company");
                    }
                    k = j + 1;
                }
            }
        }

        void acronyms() {
            List<int[]> owners = new ArrayList<>();
            for (Gazetteer.Match m : known) {
                owners.add(new int[]{m.start(), m.end()});
            }
            for (Candidate c : found) {
                owners.add(new int[]{c.start(), c.end()});
            }
            for (int[] o : owners) {
                Matcher m = PAREN_ACRONYM.matcher(flat.substring(o[1]));
                if (m.find() && knownAt(o[1] + m.start(1)) == null) {
                    aliasHints.add(new AliasHint(o[0], o[1], m.group(1)));
                }
            }
        }
    }

    private static final Pattern URL = Pattern.compile("(?:https?://|www\\.)\\S+(?:-\\s*\\n\\S+)*");

    /** The text with web addresses blanked out (same length), so nothing is discovered inside them. */
    static String maskUrls(String text) {
        Matcher m = URL.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder b = new StringBuilder(text);
        m.reset();
        while (m.find()) {
            for (int i = m.start(); i < m.end(); i++) {
                if (!Character.isWhitespace(b.charAt(i))) {
                    b.setCharAt(i, ' ');
                }
            }
        }
        return b.toString();
    }

    static String cleanName(String name) {
        String n = name.replaceAll("-\\s*\\n\\s*", "-").replaceAll("\\s+", " ").strip();
        n = n.replaceAll("^(?i)(the|a|an|another|this|these|their|its)\\s+", "");
        n = n.replaceAll("[\\s,;:.]+$", "");
        if (!n.matches(".*[”\"’'].*[“\"‘'].*") && n.matches("^[“\"‘(][^”\"’)]*$")) {
            n = n.substring(1);
        }
        if (n.matches("^[^“\"‘(]*[”\"’)]$")) {
            n = n.substring(0, n.length() - 1);
        }
        return n.strip();
    }
}
