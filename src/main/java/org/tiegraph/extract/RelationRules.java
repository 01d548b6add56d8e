package org.tiegraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Relation patterns over one sentence's units, with typed slots: verb frames (subject / trigger / object /
 * prepositional roles, passives, coordination, gerunds governed by a preposition), nominal frames ("Russian arms
 * sales to China", "cooperation between A and B", "A-B cooperation"), copulas and appositions with role nouns
 * ("X is Y's ally", "General X, Chief of the Y"), possessives ("Russia's OKEAN-24 exercise"), locatives ("A in B"),
 * and what a name says by itself ("Chinese companies" are based in China). A clear verb between two entities with no
 * typed frame gives RELATED_TO with the verb as predicate.
 */
final class RelationRules {

    /** An entity in a slot and the unit that names it. */
    record Slot(Unit.Ref ref, int unit) {
    }

    /** Makes (or finds) an entity the rules name themselves: a sanction, a group of troops. */
    interface EntityMaker {
        Unit.Ref make(String type, String name, String alias);
    }

    enum Kind {
        SUPPLY, PRODUCE, DEVELOP, BUY, RECEIVE, COME, SANCTION, PARTICIPATE, INVOLVE, CONDUCT, HOLD, TAKE, SIGN, RENEW,
        ALLY, COOPERATE, DEPLOY, TRAIN, HEAD, LEAD, REPORT, DAMAGE, ATTACK, SUPPORT, ASSIST, OPPOSE, CRITICIZE, COMPETE,
        THREATEN, PUT, TRADE, DEPEND, NEGOTIATE, LEARN, USE, SAIL, SERVICE, LOCATE, BASE, BORDER, PROPOSE, VIOLATE,
        RESTRICT, OBSERVE, TRANSPORT, PAY, IMPOSE, PUSH, LIST
    }

    private static final Map<String, Kind> VERBS = new HashMap<>();

    private static void verbs(Kind kind, String... lemmas) {
        for (String l : lemmas) {
            VERBS.put(l, kind);
            Lexicon.registerVerb(l);
        }
    }

    static {
        verbs(Kind.SUPPLY, "supply", "send", "sell", "export", "provide", "deliver", "transfer", "ship", "furnish",
                "smuggle", "share", "give", "offer", "re-export", "resell", "funnel", "channel", "grant", "lend");
        verbs(Kind.PRODUCE, "produce", "make", "manufacture", "assemble", "co-produce", "build", "fabricate");
        verbs(Kind.DEVELOP, "develop", "design", "construct", "create", "modernize", "modernise", "upgrade");
        verbs(Kind.BUY, "buy", "purchase", "import", "acquire", "procure");
        verbs(Kind.RECEIVE, "receive", "obtain", "get");
        verbs(Kind.COME, "come", "originate");
        verbs(Kind.SANCTION, "sanction", "blacklist", "designate", "penalize", "penalise");
        verbs(Kind.IMPOSE, "impose", "slap", "levy");
        verbs(Kind.PARTICIPATE, "participate", "join", "engage", "attend");
        verbs(Kind.INVOLVE, "involve");
        verbs(Kind.CONDUCT, "conduct", "host", "stage", "organize", "organise", "launch", "carry");
        verbs(Kind.HOLD, "hold");
        verbs(Kind.TAKE, "take");
        verbs(Kind.SIGN, "sign", "ink", "ratify", "conclude");
        verbs(Kind.RENEW, "renew", "extend", "prolong");
        verbs(Kind.ALLY, "ally", "align");
        verbs(Kind.COOPERATE, "cooperate", "collaborate", "coordinate", "partner", "work", "team");
        verbs(Kind.DEPLOY, "deploy", "station", "dispatch", "move", "redeploy");
        verbs(Kind.TRAIN, "train");
        verbs(Kind.HEAD, "head", "chair", "command");
        verbs(Kind.LEAD, "lead", "run", "oversee", "control");
        verbs(Kind.REPORT, "report", "say", "state", "claim", "find", "assess", "argue", "note", "warn", "announce",
                "allege", "believe", "suggest", "reveal", "confirm", "deny", "disavow", "acknowledge", "admit",
                "insist", "estimate", "indicate", "accuse", "assert", "contend", "maintain", "stress");
        verbs(Kind.DAMAGE, "damage", "sabotage", "cut", "sever", "destroy", "disable");
        verbs(Kind.ATTACK, "attack", "invade", "strike", "bomb", "shell", "raid", "hack", "target");
        verbs(Kind.SUPPORT, "support", "back", "endorse", "bolster", "buttress", "fund", "finance", "sponsor");
        verbs(Kind.ASSIST, "assist", "help", "aid");
        verbs(Kind.OPPOSE, "oppose", "resist", "counter", "reject", "confront", "combat", "object");
        verbs(Kind.PUSH, "push");
        verbs(Kind.CRITICIZE, "criticize", "criticise", "condemn", "denounce", "blame", "call");
        verbs(Kind.COMPETE, "compete", "rival", "vie");
        verbs(Kind.THREATEN, "threaten", "endanger", "menace", "undermine");
        verbs(Kind.PUT, "put");
        verbs(Kind.TRADE, "trade");
        verbs(Kind.DEPEND, "depend", "rely");
        verbs(Kind.NEGOTIATE, "negotiate", "normalize", "normalise", "resume", "restore", "establish", "balance",
                "deepen", "strengthen", "expand", "meet");
        verbs(Kind.LEARN, "learn", "study", "mine", "emulate", "copy");
        verbs(Kind.PAY, "pay");
        verbs(Kind.USE, "use", "employ", "operate", "utilize", "utilise");
        verbs(Kind.SAIL, "sail", "ply", "transit", "navigate", "patrol");
        verbs(Kind.SERVICE, "service", "repair", "harbor", "harbour", "dock", "refuel", "berth");
        verbs(Kind.LOCATE, "locate", "situate");
        verbs(Kind.BASE, "base", "headquarter", "register");
        verbs(Kind.BORDER, "border");
        verbs(Kind.PROPOSE, "propose", "invite", "plan", "intend", "seek", "promise", "pledge", "urge", "encourage");
        verbs(Kind.VIOLATE, "violate", "evade", "circumvent", "breach", "bypass", "skirt");
        verbs(Kind.RESTRICT, "restrict", "ban", "prohibit", "limit", "block", "bar", "curb");
        verbs(Kind.OBSERVE, "observe", "monitor", "watch");
        verbs(Kind.LIST, "add", "place", "include");
        verbs(Kind.TRANSPORT, "transport", "carry", "move", "ferry", "shuttle", "haul");
    }

    /** Nouns that name a supply, production or purchase ("arms sales to China", "production of the Garpiya-3"). */
    private static final Map<String, Kind> NOMINAL_FRAMES = new HashMap<>();

    static {
        for (String n : List.of("sale", "sales", "export", "exports", "delivery", "deliveries", "shipment", "shipments",
                "transfer", "transfers", "provision", "supply", "supplies", "sending", "smuggling")) {
            NOMINAL_FRAMES.put(n, Kind.SUPPLY);
        }
        for (String n : List.of("production", "manufacturing", "manufacture", "co-production", "assembly")) {
            NOMINAL_FRAMES.put(n, Kind.PRODUCE);
        }
        for (String n : List.of("development", "construction")) {
            NOMINAL_FRAMES.put(n, Kind.DEVELOP);
        }
        for (String n : List.of("import", "imports", "purchase", "purchases", "acquisition", "procurement")) {
            NOMINAL_FRAMES.put(n, Kind.BUY);
        }
        for (String n : List.of("assistance", "aid", "help")) {
            NOMINAL_FRAMES.put(n, Kind.ASSIST);
        }
        for (String n : List.of("support", "backing")) {
            NOMINAL_FRAMES.put(n, Kind.SUPPORT);
        }
        for (String n : List.of("invasion", "attack", "attacks", "aggression", "cyberattacks", "strikes")) {
            NOMINAL_FRAMES.put(n, Kind.ATTACK);
        }
        NOMINAL_FRAMES.put("participation", Kind.PARTICIPATE);
        NOMINAL_FRAMES.put("involvement", Kind.PARTICIPATE);
    }

    /** Nouns for a relation between parties: "A-B cooperation", "cooperation between A and B", "A's ties with B". */
    private static final Map<String, String> RELATION_NOUNS = new LinkedHashMap<>();

    static {
        for (String n : List.of("cooperation", "collaboration", "coordination", "interoperability", "exercises",
                "drills", "patrols", "engagement", "convergence")) {
            RELATION_NOUNS.put(n, "COOPERATES_WITH");
        }
        for (String n : List.of("partnership", "partnerships", "entente", "axis", "alignment", "rapprochement",
                "friendship")) {
            RELATION_NOUNS.put(n, "PARTNERS_WITH");
        }
        for (String n : List.of("alliance", "alliances")) {
            RELATION_NOUNS.put(n, "ALLIED_WITH");
        }
        for (String n : List.of("relations", "relationship", "ties", "dialogue", "talks", "consultations",
                "exchanges", "summit", "summits", "contacts", "diplomacy")) {
            RELATION_NOUNS.put(n, "NEGOTIATES_WITH");
        }
        for (String n : List.of("trade", "commerce")) {
            RELATION_NOUNS.put(n, "TRADES_WITH");
        }
        for (String n : List.of("competition", "rivalry")) {
            RELATION_NOUNS.put(n, "COMPETES_WITH");
        }
        for (String n : List.of("border", "frontier")) {
            RELATION_NOUNS.put(n, "BORDERS");
        }
        for (String n : List.of("conflict", "war", "dispute", "disputes", "tensions", "hostility", "clash", "clashes")) {
            RELATION_NOUNS.put(n, "OPPOSES");
        }
    }

    /** Role nouns in a copula or apposition: "X is Y's only ally", "Iran is the supplier of oil to China". */
    private static final Map<String, String> ROLE_NOUNS = new LinkedHashMap<>();

    static {
        for (String n : List.of("ally", "allies")) {
            ROLE_NOUNS.put(n, "ALLIED_WITH");
        }
        for (String n : List.of("partner", "partners")) {
            ROLE_NOUNS.put(n, "PARTNERS_WITH");
        }
        for (String n : List.of("supplier", "suppliers", "source", "sources", "provider", "providers", "exporter",
                "exporters", "seller", "vendor")) {
            ROLE_NOUNS.put(n, "SUPPLY");
        }
        for (String n : List.of("customer", "customers", "buyer", "buyers", "importer", "importers", "client")) {
            ROLE_NOUNS.put(n, "BUY");
        }
        for (String n : List.of("enemy", "adversary", "adversaries", "rival", "rivals", "foe", "threat", "competitor")) {
            ROLE_NOUNS.put(n, "OPPOSES");
        }
        for (String n : List.of("member", "members")) {
            ROLE_NOUNS.put(n, "MEMBER_OF");
        }
        for (String n : List.of("part", "subsidiary", "arm", "branch", "unit")) {
            ROLE_NOUNS.put(n, "PART_OF");
        }
        for (String n : List.of("supporter", "backer", "sponsor")) {
            ROLE_NOUNS.put(n, "SUPPORTS");
        }
    }

    private static final Set<String> EVENT_LIKE = Set.of("Exercise", "Event", "Sanction", "Treaty", "Initiative");

    private final Catalogue catalogue;

    RelationRules(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    static Kind kindOf(String lemma) {
        return VERBS.get(lemma);
    }

    /** Applies every rule to the units of one sentence. */
    List<Draft> apply(List<Unit> units, Discourse discourse, int sentenceIndex, EntityMaker maker,
                      Map<String, List<Unit.Ref>> embedded) {
        Pass p = new Pass(units, discourse, sentenceIndex, maker, embedded);
        p.run();
        return p.drafts;
    }

    // =================================================================================================================

    /** The rules at work on one sentence. */
    private final class Pass {
        final List<Unit> u;
        final Discourse discourse;
        final int sentence;
        final EntityMaker maker;
        final Map<String, List<Unit.Ref>> embedded;
        final List<Draft> drafts = new ArrayList<>();
        final boolean[] appositive;
        List<Slot> lastObject = List.of();
        List<Slot> firstSubject = List.of();
        int plannedFrom = Integer.MAX_VALUE;
        int plannedTo = Integer.MAX_VALUE;

        Pass(List<Unit> units, Discourse discourse, int sentence, EntityMaker maker, Map<String, List<Unit.Ref>> embedded) {
            this.u = units;
            this.discourse = discourse;
            this.sentence = sentence;
            this.maker = maker;
            this.embedded = embedded;
            for (int i = 0; i < u.size(); i++) {
                u.get(i).index = i;
            }
            this.appositive = markAppositions();
        }

        void run() {
            nameRules();
            possessives();
            compounds();
            locatives();
            appositionsAndRoles();
            verbFrames();
            nominalFrames();
            relationNouns();
            treatyParties();
            eventPlaces();
            ownedAndOf();
            accordingTo();
            relatedFallback();
            if (!firstSubject.isEmpty()) {
                discourse.subject(refs(firstSubject), sentence);
            }
        }

        // ---- unit helpers ----------------------------------------------------------------------------------------

        Unit at(int i) {
            return i >= 0 && i < u.size() ? u.get(i) : null;
        }

        boolean word(int i, String w) {
            Unit x = at(i);
            return x != null && x.is(w);
        }

        boolean ent(int i) {
            Unit x = at(i);
            return x != null && x.isEntity();
        }

        boolean punct(int i, String p) {
            Unit x = at(i);
            return x != null && x.kind == Unit.Kind.PUNCT && x.text.equals(p);
        }

        boolean boundary(int i) {
            Unit x = at(i);
            if (x == null) {
                return true;
            }
            if (x.kind == Unit.Kind.PUNCT) {
                return Set.of(";", ":", "(", ")", "—", "–", "?", "!", "•").contains(x.text)
                        || x.text.equals(".") && i < u.size() - 1;
            }
            return x.in(Lexicon.CLAUSE_OPENERS);
        }

        boolean isVerbWord(int i) {
            Unit x = at(i);
            return x != null && x.isWord() && (Lexicon.form(x.lower) != null || x.in(Lexicon.AUXILIARIES));
        }

        boolean skippable(int i) {
            Unit x = at(i);
            if (x == null || x.isEntity()) {
                return false;
            }
            if (x.kind == Unit.Kind.NUMBER) {
                return true;
            }
            if (x.kind == Unit.Kind.PUNCT) {
                return Set.of("\"", "“", "”", "'", "’", "‘", "-", "%", "$").contains(x.text);
            }
            return !x.in(Lexicon.PREPOSITIONS) && !x.in(Lexicon.AUXILIARIES) && !x.in(Lexicon.CLAUSE_OPENERS)
                    && !x.in(Lexicon.RELATIVE_PRONOUNS) && Lexicon.form(x.lower) == null && !x.in(Lexicon.COORDINATORS);
        }

        /** A word that can sit inside a noun phrase before its head, participles included ("leading", "acknowledged"). */
        boolean modifier(int i) {
            if (skippable(i)) {
                return true;
            }
            Unit x = at(i);
            if (x == null || !x.isWord() || x.in(Lexicon.AUXILIARIES) || x.in(Lexicon.PREPOSITIONS)) {
                return false;
            }
            Lexicon.Form f = Lexicon.form(x.lower);
            Unit next = at(i + 1);
            return f != null && (f.gerund() || f.participle()) && next != null
                    && (next.isEntity() || next.isWord() && !next.in(Lexicon.PREPOSITIONS) && !next.in(Lexicon.DETERMINERS));
        }

        List<Unit.Ref> refs(List<Slot> slots) {
            List<Unit.Ref> out = new ArrayList<>();
            for (Slot s : slots) {
                out.add(s.ref());
            }
            return out;
        }

        List<Slot> slotsOf(int i) {
            List<Slot> out = new ArrayList<>();
            for (Unit.Ref r : u.get(i).refs) {
                out.add(new Slot(r, i));
            }
            return out;
        }

        /** The entities coordinated with the entity unit {@code i}: "China, Russia, and Iran", "A and the B". */
        List<Slot> group(int i) {
            List<Integer> members = new ArrayList<>(List.of(i));
            boolean conjunction = false;
            int k = i;
            while (true) {
                int j = joinerLeft(k);
                if (j < 0) {
                    break;
                }
                conjunction |= !punct(j + 1, ",") || word(j + 2, "and") || word(j + 2, "or");
                members.addFirst(j);
                k = j;
            }
            k = i;
            while (!u.get(k).possessive) {
                int j = joinerRight(k);
                if (j < 0) {
                    break;
                }
                conjunction |= !punct(k + 1, ",") || word(k + 2, "and") || word(k + 2, "or");
                members.add(j);
                k = j;
            }
            if (!conjunction) {
                members = List.of(i);
            }
            List<Slot> out = new ArrayList<>();
            for (int m : members) {
                if (m == members.getLast() || !u.get(m).possessive) {
                    out.addAll(slotsOf(m));
                }
            }
            return out;
        }

        /** The entity joined to the left of entity unit {@code k} by ",", "and", "or", "as well as", or -1. */
        int joinerLeft(int k) {
            int j = k - 1;
            while (word(j, "the")) {
                j--;
            }
            if (word(j, "as") && word(j - 1, "well") && word(j - 2, "as")) {
                j -= 3;
            } else if (word(j, "and") || word(j, "or") || word(j, "&")) {
                j--;
                if (punct(j, ",")) {
                    j--;
                }
            } else if (punct(j, ",")) {
                j--;
            } else {
                return -1;
            }
            return ent(j) && !u.get(j).possessive ? j : -1;
        }

        /** The entity joined to the right of entity unit {@code k}, or -1. */
        int joinerRight(int k) {
            int j = k + 1;
            if (punct(j, ",")) {
                j++;
            }
            if (word(j, "and") || word(j, "or") || word(j, "&")) {
                j++;
            } else if (word(j, "as") && word(j + 1, "well") && word(j + 2, "as")) {
                j += 3;
            } else if (!punct(k + 1, ",")) {
                return -1;
            }
            while (word(j, "the")) {
                j++;
            }
            return ent(j) ? j : -1;
        }

        int groupStart(int i) {
            int first = i;
            for (Slot s : group(i)) {
                first = Math.min(first, s.unit());
            }
            return first;
        }

        /** Appositions set off by commas after an entity: "the Yuan Peng 3, another China-flagged ship, is ...". */
        boolean[] markAppositions() {
            boolean[] out = new boolean[u.size()];
            for (int i = 0; i < u.size(); i++) {
                if (!ent(i) || !punct(i + 1, ",")) {
                    continue;
                }
                int k = i + 2;
                Unit first = at(k);
                if (first == null || !(first.in(Set.of("a", "an", "another", "the", "one")) || first.capitalized()
                        && first.isWord() && Lexicon.HEAD_ROLES.contains(first.lower))) {
                    continue;
                }
                int j = k;
                boolean verb = false;
                while (j < u.size() && !punct(j, ",") && !boundary(j) && !punct(j, ".")
                        && !(u.get(j).in(Lexicon.RELATIVE_PRONOUNS) && j > k)) {
                    Unit x = u.get(j);
                    if (x.isWord() && x.in(Lexicon.AUXILIARIES)) {
                        verb = true;
                    }
                    j++;
                }
                if (!verb && j - k <= 12) {
                    for (int m = k; m < j; m++) {
                        out[m] = true;
                    }
                }
            }
            return out;
        }

        // ---- emission --------------------------------------------------------------------------------------------

        void edge(Slot s, String type, Slot t, String rule, double conf, int trigger) {
            edge(s, type, t, rule, conf, trigger, null);
        }

        void edge(Slot s, String type, Slot t, String rule, double conf, int trigger, String predicate) {
            if (s == null || t == null || s.ref().id().equals(t.ref().id())) {
                return;
            }
            boolean planned = trigger >= plannedFrom && trigger <= plannedTo;
            drafts.add(new Draft(s.ref(), type, t.ref(), rule, conf, trigger, s.unit(), t.unit(), predicate, planned));
        }

        void each(List<Slot> a, String type, List<Slot> b, String rule, double conf, int trigger) {
            for (Slot x : a) {
                for (Slot y : b) {
                    edge(x, type, y, rule, conf, trigger);
                }
            }
        }

        void pairwise(List<Slot> g, String type, String rule, double conf, int trigger) {
            for (int i = 0; i < g.size(); i++) {
                for (int j = i + 1; j < g.size(); j++) {
                    edge(g.get(i), type, g.get(j), rule, conf, trigger);
                }
            }
        }

        boolean isA(Slot s, String type) {
            return catalogue.isA(s.ref().type(), type);
        }

        List<Slot> only(List<Slot> slots, String... types) {
            List<Slot> out = new ArrayList<>();
            for (Slot s : slots) {
                for (String t : types) {
                    if (isA(s, t)) {
                        out.add(s);
                        break;
                    }
                }
            }
            return out;
        }

        List<Slot> except(List<Slot> slots, String... types) {
            List<Slot> keep = new ArrayList<>(slots);
            keep.removeAll(only(slots, types));
            return keep;
        }

        // ---- slots -----------------------------------------------------------------------------------------------

        /** The subject of a verb at {@code trig}: the nearest entity group to its left in the same clause. */
        List<Slot> subjectFor(int trig) {
            int k = trig - 1;
            while (k >= 0) {
                Unit x = u.get(k);
                if (boundary(k) && !(punct(k, "—") || punct(k, "–"))) {
                    if (word(k, "but") && onlyVerbsBetween(k, trig)) {
                        List<Slot> main = firstSubject.isEmpty() ? sentenceSubject() : firstSubject;
                        if (!main.isEmpty()) {
                            return main;
                        }
                    }
                    return fronted(trig);
                }
                if (punct(k, "—") || punct(k, "–")) {
                    // skip a dash-delimited aside
                    int j = k - 1;
                    while (j >= 0 && !punct(j, "—") && !punct(j, "–") && !boundary(j)) {
                        j--;
                    }
                    if (j >= 0 && (punct(j, "—") || punct(j, "–"))) {
                        k = j - 1;
                        continue;
                    }
                    return List.of();
                }
                if (appositive[k]) {
                    k--;
                    continue;
                }
                if (x.isEntity()) {
                    int start = groupStart(k);
                    int before = start - 1;
                    while (before >= 0 && skippable(before) && !at(before).isEntity()) {
                        before--;
                    }
                    if (word(before, "between")) {
                        return group(k);
                    }
                    if (at(before) != null && at(before).in(Lexicon.PREPOSITIONS) && !word(before, "like")
                            && !(word(before, "to") && word(before - 1, "according")) && !verbGroupBetween(k, trig)) {
                        k = before - 1;
                        continue;
                    }
                    if (x.possessive && !ent(k + 1)) {
                        return List.of(new Slot(x.refs.getFirst(), k));
                    }
                    return group(k);
                }
                if (x.isWord() && x.in(Lexicon.RELATIVE_PRONOUNS) && !word(k, "that")
                        || word(k, "that") && (punct(k - 1, ",") || ent(k - 1) || nounBefore(k))) {
                    List<Slot> ante = antecedent(k);
                    if (!ante.isEmpty()) {
                        return ante;
                    }
                }
                if (x.isWord() && (x.is("it") || x.is("they") || x.is("he") || x.is("she"))) {
                    return pronoun(k, x.lower);
                }
                k--;
            }
            return fronted(trig);
        }

        /** The entity group that opens the sentence as its subject: "China has viewed Iran ...". */
        List<Slot> sentenceSubject() {
            int k = 0;
            while (k < u.size() && !ent(k) && !boundary(k) && k < 6) {
                k++;
            }
            if (!ent(k) || u.get(k).possessive || k > 0 && at(k - 1).in(Lexicon.PREPOSITIONS)) {
                return List.of();
            }
            List<Slot> g = group(k);
            int end = k;
            for (Slot s : g) {
                end = Math.max(end, s.unit());
            }
            return isVerbWord(end + 1) ? g : List.of();
        }

        /** "..., but also has sought to balance": nothing but verbs and adverbs between the coordinator and the verb. */
        boolean onlyVerbsBetween(int k, int trig) {
            for (int j = k + 1; j < trig; j++) {
                Unit x = u.get(j);
                if (x.isEntity() || !x.isWord() || x.in(Lexicon.PRONOUNS) || x.in(Lexicon.DETERMINERS)) {
                    return false;
                }
            }
            return true;
        }

        /** Only auxiliaries, adverbs and negations between unit {@code k} and the verb at {@code trig}. */
        boolean verbGroupBetween(int k, int trig) {
            Lexicon.Form f = at(trig) == null ? null : Lexicon.form(at(trig).lower);
            if (f != null && f.gerund()) {
                return false;
            }
            for (int j = k + 1; j < trig; j++) {
                Unit x = u.get(j);
                if (!(x.in(Lexicon.AUXILIARIES) || x.in(Lexicon.ADVERBS_OF_DEGREE) || x.in(Lexicon.NEGATIONS)
                        || x.isWord() && x.lower.endsWith("ly"))) {
                    return false;
                }
            }
            return !u.get(k).possessive && !word(k - 1, "of") && !word(k - 1, "to");
        }

        boolean nounBefore(int k) {
            Unit x = at(k - 1);
            return x != null && x.isWord() && skippable(k - 1) && !x.in(Lexicon.DETERMINERS);
        }

        /** "Despite supporting X, China has refused ..." : a gerund at the front of the sentence takes the main subject. */
        List<Slot> fronted(int trig) {
            for (int k = 0; k < trig; k++) {
                if (boundary(k) || u.get(k).isEntity() && k < trig - 1) {
                    return List.of();
                }
            }
            Unit t = at(trig);
            Lexicon.Form f = t == null ? null : Lexicon.form(t.lower);
            if (f == null || !f.gerund()) {
                return List.of();
            }
            for (int k = trig + 1; k < u.size(); k++) {
                if (punct(k, ",") && ent(k + 1)) {
                    return group(k + 1);
                }
                if (boundary(k)) {
                    break;
                }
            }
            return List.of();
        }

        /** The entity a relative pronoun at {@code k} refers to. */
        List<Slot> antecedent(int k) {
            int j = k - 1;
            if (punct(j, ",")) {
                j--;
            }
            while (j >= 0 && appositive[j]) {
                j--;
            }
            if (punct(j, ",")) {
                j--;
            }
            int limit = 4;
            while (j >= 0 && limit-- > 0 && !ent(j) && !boundary(j)) {
                j--;
            }
            return ent(j) ? group(j) : List.of();
        }

        List<Slot> pronoun(int k, String p) {
            // "X claims it does not ..." : the pronoun right after a reporting verb is its subject
            Unit prev = at(k - 1);
            if (prev != null && prev.isWord()) {
                Lexicon.Form f = Lexicon.form(prev.lower);
                if (f != null && kindOf(f.lemma()) == Kind.REPORT) {
                    List<Slot> rep = subjectFor(k - 1);
                    if (!rep.isEmpty()) {
                        return rep;
                    }
                }
            }
            List<Unit.Ref> last = discourse.lastSubject(sentence, 2);
            if (!firstSubject.isEmpty()) {
                last = refs(firstSubject);
            }
            if (p.equals("they") && last.size() < 2) {
                return List.of();
            }
            if ((p.equals("it") || p.equals("he") || p.equals("she")) && last.size() != 1) {
                return List.of();
            }
            List<Slot> out = new ArrayList<>();
            for (Unit.Ref r : last) {
                out.add(new Slot(r, k));
            }
            return out;
        }

        /** The object of a verb: the first entity group after {@code from}, before any preposition or new verb. */
        List<Slot> objectAfter(int from) {
            int k = from + 1;
            int steps = 0;
            while (k < u.size() && steps++ < 9) {
                Unit x = u.get(k);
                if (x.isEntity()) {
                    return headOf(k);
                }
                if (boundary(k) || punct(k, ",") || punct(k, ".")) {
                    return List.of();
                }
                boolean approximately = x.in(Set.of("about", "around", "over", "nearly", "under"))
                        && at(k + 1) != null && at(k + 1).kind == Unit.Kind.NUMBER;
                if (x.in(Lexicon.PREPOSITIONS) && !(x.is("of") && (quantityBefore(k) || steps <= 3)) && !x.is("than")
                        && !approximately) {
                    return List.of();
                }
                if (x.in(Lexicon.AUXILIARIES) || x.in(Lexicon.RELATIVE_PRONOUNS) && !x.is("that")) {
                    return List.of();
                }
                if (x.is("that") && steps == 1) {
                    return List.of();
                }
                if (x.isWord() && x.is("it") || x.is("them")) {
                    return List.of();
                }
                k++;
            }
            return List.of();
        }

        /** An entity unit as the head of a noun phrase: "Russia's OKEAN-24 exercise" is OKEAN-24, not Russia. */
        List<Slot> headOf(int k) {
            Unit x = u.get(k);
            if (demonym(x) && ent(k + 1)) {
                return group(k + 1);
            }
            if (x.possessive) {
                int j = k + 1;
                while (j < u.size() && skippable(j) && !ent(j) && j - k < 5) {
                    j++;
                }
                if (ent(j)) {
                    return group(j);
                }
                return List.of(new Slot(x.refs.getFirst(), k));
            }
            return group(k);
        }

        boolean quantityBefore(int k) {
            Unit x = at(k - 1);
            return x != null && (x.kind == Unit.Kind.NUMBER || x.text.equals("%") || x.in(Set.of("some", "all",
                    "many", "most", "several", "one", "two", "three", "part", "array", "range", "number", "majority",
                    "quantities", "percent", "each", "both", "any", "none", "thousands", "hundreds", "dozens", "half",
                    "share", "types", "kinds", "variety", "supply", "lot", "amount", "amounts", "volume", "volumes",
                    "containers", "shipments", "tons", "tonnes", "barrels", "units", "rounds", "batches", "cargoes",
                    "consignments", "pieces", "sets", "millions", "billions", "worth", "loads", "quantity")));
        }

        /** Entity groups introduced by prepositions after {@code from}, up to the clause end or the next verb frame. */
        Map<String, List<Slot>> prepsAfter(int from) {
            Map<String, List<Slot>> out = new LinkedHashMap<>();
            int k = from + 1;
            int limit = Math.min(u.size(), from + 22);
            while (k < limit) {
                Unit x = u.get(k);
                if (boundary(k) || punct(k, ",") && !ent(k + 1) && !word(k + 1, "and") && !word(k + 1, "or")
                        && !word(k + 1, "known") && !word(k + 1, "called")) {
                    break;
                }
                if (x.isWord() && Lexicon.form(x.lower) != null && k > from + 1 && isFinite(k)) {
                    break;
                }
                if (x.in(Lexicon.PREPOSITIONS)) {
                    int j = k + 1;
                    while (j < u.size() && j - k <= 5 && skippable(j) && !ent(j)) {
                        if (at(j).isWord() && Lexicon.form(at(j).lower) != null && at(j).lower.endsWith("ing")) {
                            break;
                        }
                        j++;
                    }
                    j = throughNaming(j);
                    if (ent(j)) {
                        String prep = x.lower;
                        if (prep.equals("of") && word(k - 1, "out")) {
                            prep = "from";
                        }
                        List<Slot> g = headOf(j);
                        out.computeIfAbsent(prep, p -> new ArrayList<>()).addAll(g);
                        int last = j;
                        for (Slot s : g) {
                            last = Math.max(last, s.unit());
                        }
                        k = last + 1;
                        continue;
                    }
                }
                k++;
            }
            return out;
        }

        /** "exercises, known as the Maritime Security Belt": the name after the naming phrase. */
        int throughNaming(int j) {
            if (!punct(j, ",")) {
                return j;
            }
            int k = j + 1;
            if (word(k, "known") && word(k + 1, "as") || word(k, "also") && word(k + 1, "known")) {
                k += word(k, "also") ? 3 : 2;
            } else if (word(k, "called") || word(k, "dubbed") || word(k, "named")) {
                k += 1;
            } else {
                return j;
            }
            while (word(k, "the")) {
                k++;
            }
            return ent(k) ? k : j;
        }

        boolean isFinite(int k) {
            Unit x = u.get(k);
            Lexicon.Form f = Lexicon.form(x.lower);
            if (f == null) {
                return false;
            }
            Unit prev = at(k - 1);
            return f.thirdPerson() || (prev != null && prev.in(Lexicon.AUXILIARIES));
        }

        boolean passive(int trig) {
            Unit t = u.get(trig);
            Lexicon.Form f = Lexicon.form(t.lower);
            if (f == null || !f.participle()) {
                return false;
            }
            int k = trig - 1;
            while (k >= 0 && (at(k).in(Lexicon.ADVERBS_OF_DEGREE) || at(k).lower.endsWith("ly") && at(k).isWord()
                    || at(k).in(Lexicon.NEGATIONS))) {
                k--;
            }
            if (at(k) != null && at(k).in(Lexicon.BE)) {
                return true;
            }
            // reduced relative: "vessels used in ...", "a ship tied to ..."
            Unit prev = at(k);
            boolean afterNoun = prev != null && (prev.isEntity() || prev.isWord() && skippable(k)
                    && !prev.in(Lexicon.DETERMINERS) && !prev.in(Lexicon.PRONOUNS));
            return afterNoun && (word(trig + 1, "by") || word(trig + 1, "in") || word(trig + 1, "to")
                    || word(trig + 1, "at") || word(trig + 1, "for")) && !prev.in(Lexicon.AUXILIARIES);
        }

        // ---- rule families ---------------------------------------------------------------------------------------

        /** What a name says by itself: "Chinese companies" are based in China, "Russian General Staff" is part of Russia. */
        void nameRules() {
            for (int i = 0; i < u.size(); i++) {
                Unit x = u.get(i);
                if (!x.isEntity() || x.anaphor || x.refs.size() != 1) {
                    continue;
                }
                Slot outer = new Slot(x.refs.getFirst(), i);
                List<Unit.Ref> inner = embedded.getOrDefault(x.refs.getFirst().id() + "\u0000" + x.text, List.of());
                List<Slot> inside = new ArrayList<>();
                for (Unit.Ref r : inner) {
                    inside.add(new Slot(r, i));
                }
                // a demonym or state right before the name: "Russian Northern Sea Route", "US Treasury"
                Unit prev = at(i - 1);
                if (prev != null && prev.isEntity() && !prev.possessive && prev.refs.size() == 1
                        && "State".equals(prev.refs.getFirst().type()) && !isA(outer, "State")) {
                    inside.add(new Slot(prev.refs.getFirst(), i - 1));
                }
                nameImplies(outer, inside, x.lower, i);
            }
        }

        void nameImplies(Slot outer, List<Slot> inside, String surface, int unit) {
            List<Slot> states = only(inside, "State");
            List<Slot> places = only(inside, "Place");
            String t = outer.ref().type();
            String rule = "name-embedded";
            double c = 0.7;
            if (catalogue.isA(t, "Company") || catalogue.isA(t, "Organization") && !catalogue.isA(t, "GovernmentBody")
                    && !catalogue.isA(t, "MilitaryForce") && !catalogue.isA(t, "InternationalOrganization")) {
                for (Slot s : concat(states, places)) {
                    edge(outer, "BASED_IN", s, rule, c, unit);
                }
            } else if (catalogue.isA(t, "GovernmentBody") || catalogue.isA(t, "MilitaryForce")) {
                if (states.size() >= 2) {
                    for (Slot s : states) {
                        edge(s, "MEMBER_OF", outer, rule, c, unit);
                    }
                } else {
                    for (Slot s : states) {
                        edge(outer, "PART_OF", s, rule, c, unit);
                    }
                }
            } else if (t.equals("Treaty")) {
                for (Slot s : states) {
                    edge(s, "PARTY_TO", outer, rule, c, unit);
                }
            } else if (t.equals("Exercise") || t.equals("Event")) {
                for (Slot s : only(inside, t)) {
                    edge(outer, "PART_OF", s, rule, 0.6, unit);
                }
                boolean war = surface.contains("war") || surface.contains("invasion") || surface.contains("conflict");
                for (Slot s : states) {
                    if (war && surface.matches(".*\\b(in|of)\\b.*") && surface.indexOf(NormalizedText.fold(" in ")) >= 0
                            && afterIn(surface, s)) {
                        edge(outer, "HELD_IN", s, rule, c, unit);
                    } else {
                        edge(s, "PARTICIPATED_IN", outer, rule, c, unit);
                    }
                }
                for (Slot s : places) {
                    edge(outer, "HELD_IN", s, rule, c, unit);
                }
            } else if (t.equals("Place") || t.equals("Infrastructure")) {
                // "Sea of Japan" and "Gulf of Finland" are named after a shore, not inside it
                if (!surface.matches(".*\\b(sea|ocean|gulf|strait|straits|bay|channel|river|lake)\\b.*")) {
                    for (Slot s : concat(states, places)) {
                        edge(outer, "LOCATED_IN", s, rule, c, unit);
                    }
                }
            } else if (t.equals("Item")) {
                for (Slot s : states) {
                    edge(s, "PRODUCES", outer, rule, 0.6, unit);
                }
                for (Slot s : only(inside, "Item")) {
                    if (endsWithName(surface, s.ref().id())) {
                        edge(outer, "KIND_OF", s, rule, 0.6, unit);
                    }
                }
            } else if (t.equals("Vessel")) {
                for (Slot s : concat(states, places)) {
                    edge(outer, surface.contains("flagged") ? "FLAGGED_IN" : "OPERATED_BY", s, rule, c, unit);
                }
            } else if (t.equals("Sanction")) {
                sanctionParts(outer, inside, surface, unit);
            } else if (t.equals("Initiative")) {
                for (Slot s : states) {
                    edge(s, "LEADS", outer, rule, 0.6, unit);
                }
            }
        }

        /** "Garpiya-3 long-range attack drone" ends with a name of drones; "drone parts" does not. */
        boolean endsWithName(String surface, String id) {
            Catalogue.KnownEntity k = catalogue.entity(id);
            if (k == null) {
                return false;
            }
            for (String n : concat(List.of(k.name()), k.aliases())) {
                if (surface.endsWith(" " + NormalizedText.fold(n)) || surface.endsWith("-" + NormalizedText.fold(n))) {
                    return true;
                }
            }
            return false;
        }

        boolean afterIn(String surface, Slot s) {
            int in = surface.indexOf(" in ");
            return in >= 0 && surface.indexOf(s.ref().id().replace('-', ' ')) > in;
        }

        /** The issuers a sanction's name gives: "UN sanctions in 2007" was issued by the UN. */
        List<Slot> issuers(Slot sanction) {
            Unit x = u.get(sanction.unit());
            String surface = x.lower;
            int on = Math.max(surface.indexOf(" on "), surface.indexOf(" against "));
            List<Slot> out = new ArrayList<>();
            for (Unit.Ref r : embedded.getOrDefault(sanction.ref().id() + "\u0000" + x.text, List.of())) {
                int pos = surface.indexOf(NormalizedText.fold(r.id().replace('-', ' ')));
                if ((catalogue.isA(r.type(), "State") || catalogue.isA(r.type(), "Organization")) && (on < 0 || pos < on)) {
                    out.add(new Slot(r, sanction.unit()));
                }
            }
            return out;
        }

        void sanctionParts(Slot sanction, List<Slot> inside, String surface, int unit) {
            int on = Math.max(surface.indexOf(" on "), surface.indexOf(" against "));
            List<Slot> issuers = new ArrayList<>();
            List<Slot> targets = new ArrayList<>();
            for (Slot s : inside) {
                String name = s.ref().id().replace('-', ' ');
                int pos = surface.indexOf(NormalizedText.fold(name));
                boolean isTarget = on >= 0 && (pos > on || pos < 0 && inside.indexOf(s) > 0);
                (isTarget ? targets : issuers).add(s);
            }
            if (on >= 0 && targets.isEmpty() && inside.size() >= 2) {
                targets.add(inside.getLast());
                issuers.remove(inside.getLast());
            }
            if (on >= 0 && issuers.size() == inside.size() && !inside.isEmpty() && surface.indexOf("sanctions") > 0) {
                // "sanctions on Iran": the only entity is the target
                if (surface.startsWith("sanctions") || surface.startsWith("new sanctions")) {
                    targets.addAll(issuers);
                    issuers.clear();
                }
            }
            for (Slot i : issuers) {
                edge(sanction, "ISSUED_BY", i, "sanction-name", 0.75, unit);
            }
            for (Slot t : targets) {
                edge(sanction, "TARGETS", t, "sanction-name", 0.75, unit);
            }
            each(issuers, "SANCTIONED", targets, "sanction-name", 0.75, unit);
        }

        /** "Russia's OKEAN-24 exercise", "China's People's Liberation Army", "China's west-east Middle Corridor". */
        void possessives() {
            for (int i = 0; i < u.size(); i++) {
                Unit x = u.get(i);
                if (!x.isEntity() || !x.possessive) {
                    continue;
                }
                int j = i + 1;
                while (j < u.size() && j - i <= 4 && modifier(j) && !ent(j)) {
                    j++;
                }
                if (!ent(j)) {
                    continue;
                }
                for (Unit.Ref owner : x.refs) {
                    Slot o = new Slot(owner, i);
                    for (Slot t : group(j)) {
                        possession(o, t, i);
                    }
                }
            }
        }

        void possession(Slot owner, Slot owned, int unit) {
            String t = owned.ref().type();
            String rule = "possessive";
            if (t.equals("Exercise")) {
                edge(owner, "CONDUCTED", owned, rule, 0.7, unit);
            } else if (t.equals("Event")) {
                edge(owner, "PARTICIPATED_IN", owned, rule, 0.7, unit);
            } else if (catalogue.isA(t, "GovernmentBody") || catalogue.isA(t, "MilitaryForce")) {
                edge(owned, "PART_OF", owner, rule, 0.7, unit);
            } else if (catalogue.isA(t, "Organization")) {
                edge(owned, "BASED_IN", owner, rule, 0.6, unit);
            } else if (t.equals("Infrastructure")) {
                edge(owned, "OPERATED_BY", owner, rule, 0.6, unit);
            } else if (t.equals("Initiative")) {
                edge(owner, "LEADS", owned, rule, 0.6, unit);
            } else if (t.equals("Place")) {
                edge(owned, "LOCATED_IN", owner, rule, 0.6, unit);
            } else if (t.equals("Item")) {
                int after = owned.unit() + 1;
                if ((word(after, "to") || word(after, "for")) && ent(after + 1)) {
                    edge(owner, "SUPPLIES", owned, "possessive-transfer", 0.65, unit);
                    for (Slot r : only(headOf(after + 1), "State", "Organization", "Place", "Person")) {
                        edge(owned, "SUPPLIED_TO", r, "possessive-transfer", 0.65, unit);
                    }
                } else {
                    edge(owner, "USES", owned, rule, 0.5, unit);
                }
            } else if (t.equals("Treaty")) {
                edge(owner, "PARTY_TO", owned, rule, 0.6, unit);
            } else if (t.equals("Vessel")) {
                edge(owned, "OPERATED_BY", owner, rule, 0.6, unit);
            } else if (t.equals("Sanction")) {
                edge(owned, "ISSUED_BY", owner, rule, 0.6, unit);
            } else if (t.equals("Person")) {
                edge(owned, "CITIZEN_OF", owner, rule, 0.5, unit);
            }
        }

        /** "its missiles": the clause subject uses the item; "the Middle Corridor of the Belt and Road Initiative". */
        void ownedAndOf() {
            for (int i = 0; i < u.size(); i++) {
                if ((word(i, "its") || word(i, "their")) && !appositive[i]) {
                    int j = i + 1;
                    while (j < u.size() && j - i <= 3 && skippable(j) && !ent(j)) {
                        j++;
                    }
                    if (ent(j) && isA(slotsOf(j).getFirst(), "Item") && !word(j + 1, "to") && !word(j + 1, "for")) {
                        List<Slot> owner = subjectFor(i);
                        if (word(i, "its") && owner.size() == 1 || word(i, "their") && owner.size() > 1) {
                            each(owner, "USES", slotsOf(j), "possessive-pronoun", 0.5, i);
                        }
                    }
                }
                if (ent(i) && !u.get(i).possessive && word(i + 1, "of")) {
                    int j = i + 2;
                    while (word(j, "the")) {
                        j++;
                    }
                    if (!ent(j)) {
                        continue;
                    }
                    for (Slot a : slotsOf(i)) {
                        for (Slot b : slotsOf(j)) {
                            boolean partish = isA(a, "Infrastructure") || isA(a, "Initiative") || isA(a, "Exercise");
                            if (partish && (isA(b, "Initiative") || isA(b, "Organization") || isA(b, "Infrastructure"))) {
                                edge(a, "PART_OF", b, "of-phrase", 0.55, i + 1);
                            }
                        }
                    }
                }
            }
        }

        /** "China-Russia Military Cooperation", "Sino-Russian partnership", "US-South Korea-Japan alliance ties". */
        void compounds() {
            for (int i = 0; i < u.size(); i++) {
                if (!ent(i) || !punct(i + 1, "-") || !ent(i + 2) || (i > 0 && punct(i - 1, "-") && ent(i - 2))) {
                    continue;
                }
                List<Slot> parts = new ArrayList<>(slotsOf(i));
                int j = i;
                while (punct(j + 1, "-") && ent(j + 2)) {
                    j += 2;
                    parts.addAll(slotsOf(j));
                }
                if (only(parts, "State", "Organization").size() != parts.size()) {
                    continue;
                }
                int k = j + 1;
                String type = null;
                int noun = -1;
                while (k < u.size() && k - j <= 4 && (skippable(k) || ent(k) && false)) {
                    String w = u.get(k).lower;
                    if (RELATION_NOUNS.containsKey(w)) {
                        type = RELATION_NOUNS.get(w);
                        noun = k;
                    }
                    if (u.get(k).isWord() && !u.get(k).capitalized() && type == null && !isAdjectiveLike(u.get(k))) {
                        break;
                    }
                    k++;
                }
                if (type == null) {
                    continue;
                }
                pairwise(parts, type, "compound", 0.7, noun);
                i = j;
            }
        }

        boolean isAdjectiveLike(Unit x) {
            String w = x.lower;
            return w.endsWith("al") || w.endsWith("ary") || w.endsWith("ic") || w.endsWith("ive") || w.endsWith("ed")
                    || w.endsWith("ern") || w.endsWith("ral") || w.endsWith("ian") || Set.of("military", "security",
                    "defense", "defence", "naval", "energy", "trade", "economic", "border", "maritime", "nuclear",
                    "arms", "space", "technology", "coast", "guard", "alliance", "joint", "strategic", "close",
                    "closer", "deep", "deepening", "growing", "new", "bilateral", "trilateral", "friendship").contains(w);
        }

        /** "A in B" for places, bodies, exercises and forces; "near the X border". */
        void locatives() {
            for (int i = 0; i < u.size(); i++) {
                if (!ent(i) || u.get(i).possessive) {
                    continue;
                }
                int p = i + 1;
                if (punct(p, ",") && word(p + 1, "near")) {
                    p++;
                }
                if (word(p, "just") || word(p, "located") || word(p, "based") || word(p, "stationed")) {
                    p++;
                }
                if (!(word(p, "in") || word(p, "near") || word(p, "at") || word(p, "on"))) {
                    continue;
                }
                int j = p + 1;
                while (j < u.size() && j - p <= 3 && (word(j, "the") || isDirectionWord(j))) {
                    j++;
                }
                if (!ent(j)) {
                    continue;
                }
                boolean near = word(p, "near");
                boolean border = near && (word(j + 1, "border") || word(j + 1, "frontier"));
                List<Slot> located = new ArrayList<>(slotsOf(i));
                if (border) {
                    // "in Primorskii Krai in the Russian Far East, near the North Korean border": every place of the chain
                    int q = i - 1;
                    while (q > 1 && (word(q, "the") || word(q, "in")) ) {
                        q--;
                        if (ent(q) && isA(slotsOf(q).getFirst(), "Place")) {
                            located.addAll(slotsOf(q));
                            q--;
                        }
                    }
                }
                for (Slot a : located) {
                    for (Slot b : headOf(j)) {
                        if (!(isA(b, "Place") || isA(b, "State") || isA(b, "Infrastructure") && isA(a, "Exercise"))) {
                            continue;
                        }
                        locate(a, b, near, border, p);
                    }
                }
            }
        }

        boolean isDirectionWord(int j) {
            Unit x = at(j);
            return x != null && x.isWord() && x.lower.matches("(north|south|east|west|central)[a-z-]*");
        }

        void locate(Slot a, Slot b, boolean near, boolean border, int trig) {
            String t = a.ref().type();
            String rule = "locative";
            if (border) {
                edge(a, "BORDERS", b, rule, 0.6, trig);
                return;
            }
            if (near) {
                edge(a, "RELATED_TO", b, rule, 0.4, trig, "near");
                return;
            }
            if (t.equals("Exercise") || t.equals("Event")) {
                edge(a, "HELD_IN", b, rule, 0.65, trig);
            } else if (t.equals("Place") || t.equals("Infrastructure")) {
                edge(a, "LOCATED_IN", b, rule, 0.7, trig);
            } else if (catalogue.isA(t, "MilitaryForce")) {
                edge(a, "DEPLOYED_TO", b, rule, 0.6, trig);
            } else if (catalogue.isA(t, "Organization")) {
                edge(a, "BASED_IN", b, rule, 0.6, trig);
            } else if (t.equals("Vessel")) {
                edge(a, "LOCATED_IN", b, rule, 0.5, trig);
            }
        }

        /** Appositions, copulas and titles with role nouns. */
        void appositionsAndRoles() {
            for (int i = 0; i < u.size(); i++) {
                Unit x = u.get(i);
                if (!x.isWord()) {
                    continue;
                }
                String w = x.lower;
                if (Lexicon.HEAD_ROLES.contains(w) || Lexicon.SPOKES_ROLES.contains(w)) {
                    titles(i, Lexicon.SPOKES_ROLES.contains(w));
                }
                if (w.equals("flagged") && punct(i - 1, "-") && ent(i - 2)) {
                    flagged(i);
                }
                if ((w.equals("based") || w.equals("headquartered")) && punct(i - 1, "-") && ent(i - 2) && ent(i + 1)) {
                    for (Slot place : only(slotsOf(i - 2), "Place", "State")) {
                        for (Slot org : only(slotsOf(i + 1), "Organization", "Person")) {
                            edge(org, "BASED_IN", place, "based-modifier", 0.75, i);
                        }
                    }
                }
                if (ROLE_NOUNS.containsKey(w)) {
                    roleNoun(i, ROLE_NOUNS.get(w));
                }
                if (Lexicon.ROLE_NOUNS.contains(w)) {
                    citizenship(i);
                }
                if (w.equals("subordinate") && word(i + 1, "to")) {
                    each(subjectFor(i), "REPORTS_TO", prepsAfter(i).getOrDefault("to", List.of()), "subordinate-to",
                            0.7, i);
                }
            }
        }

        /** "General X, Chief of the Y", "Y spokesman X", "X, head of Y", "Secretary of Defense X". */
        void titles(int i, boolean spokes) {
            String type = spokes ? "SPOKESPERSON_FOR" : "HEADS";
            // ORG role PERSON
            if (ent(i - 1) && ent(i + 1) && isA(slotsOf(i + 1).getFirst(), "Person")) {
                for (Slot org : slotsOf(i - 1)) {
                    if (isA(org, "Organization") || isA(org, "State")) {
                        edge(slotsOf(i + 1).getFirst(), type, org, "title", 0.75, i);
                    }
                }
            }
            // PERSON, [the] role of|for [the] ORG
            int k = i - 1;
            while (k >= 0 && (skippable(k) && !ent(k)) && i - k <= 4) {
                k--;
            }
            if (punct(k, ",") && ent(k - 1) && isA(slotsOf(k - 1).getFirst(), "Person")) {
                int j = i + 1;
                if (word(j, "of") || word(j, "for") || word(j, "at")) {
                    j++;
                    while (word(j, "the")) {
                        j++;
                    }
                    if (ent(j)) {
                        for (Slot org : headOf(j)) {
                            if (isA(org, "Organization") || isA(org, "State")) {
                                edge(slotsOf(k - 1).getFirst(), type, org, "apposition-title", 0.8, i);
                            }
                        }
                    }
                }
            }
        }

        /** "X, a Hong Kong-flagged vessel"; "the China-flagged Y". */
        void flagged(int i) {
            List<Slot> flags = slotsOf(i - 2);
            int k = i - 3;
            while (k >= 0 && skippable(k) && !ent(k) && i - k < 6) {
                k--;
            }
            if (punct(k, ",") && ent(k - 1) && isA(slotsOf(k - 1).getFirst(), "Vessel")) {
                for (Slot f : flags) {
                    edge(slotsOf(k - 1).getFirst(), "FLAGGED_IN", f, "apposition-flag", 0.8, i);
                }
                return;
            }
            int j = i + 1;
            while (j < u.size() && skippable(j) && !ent(j) && j - i < 4) {
                j++;
            }
            if (ent(j) && isA(slotsOf(j).getFirst(), "Vessel")) {
                for (Slot f : flags) {
                    edge(slotsOf(j).getFirst(), "FLAGGED_IN", f, "flag-modifier", 0.75, i);
                }
            }
        }

        /** "North Korea is China's only ... ally", "Iran is the fourth largest supplier of oil to China". */
        void roleNoun(int i, String relation) {
            // the other party: a possessor just before ("China's ally", "its top energy suppliers") or "of X" after
            List<Slot> other = new ArrayList<>();
            int k = i - 1;
            while (k >= 0 && i - k <= 5 && modifier(k) && !ent(k) && !word(k, "its") && !word(k, "their")) {
                k--;
            }
            int possessorAt = -1;
            if (ent(k) && u.get(k).possessive) {
                other.addAll(slotsOf(k));
                possessorAt = k;
            } else if (word(k, "its") || word(k, "their")) {
                List<Slot> subj = subjectFor(k);
                if (subj.isEmpty() && !firstSubject.isEmpty()) {
                    subj = firstSubject;
                }
                other.addAll(subj);
                possessorAt = k;
            }
            Map<String, List<Slot>> preps = prepsAfter(i);
            List<Slot> ofs = preps.getOrDefault("of", List.of());
            if (other.isEmpty() && !ofs.isEmpty() && !relation.equals("SUPPLY") && !relation.equals("BUY")) {
                other.addAll(ofs);
            }
            // the holder: the subject of a copula, or the head of an apposition
            int start = possessorAt >= 0 ? possessorAt : i;
            int h = start - 1;
            while (h >= 0 && start - h <= 6 && !ent(h) && !boundary(h)) {
                if (punct(h, ",") && !(ent(h - 1) && at(h + 1) != null
                        && at(h + 1).in(Set.of("one", "a", "an", "the", "its", "their")))) {
                    h = -1;
                    break;
                }
                if (at(h).isWord() && Lexicon.form(at(h).lower) != null && !at(h).in(Lexicon.BE)
                        && !at(h).is("become") && !at(h).is("remain") && !at(h).is("making") && !at(h).is("make")) {
                    h = -1;
                    break;
                }
                h--;
            }
            if (h < 0 || !ent(h) || u.get(h).possessive) {
                return;
            }
            List<Slot> holder = group(h);
            String rule = "role-noun";
            switch (relation) {
                case "SUPPLY" -> {
                    List<Slot> items = only(ofs, "Item");
                    List<Slot> recipients = new ArrayList<>(other);
                    recipients.addAll(preps.getOrDefault("to", List.of()));
                    recipients.addAll(preps.getOrDefault("for", List.of()));
                    if (!items.isEmpty()) {
                        each(holder, "SUPPLIES", items, rule, 0.7, i);
                        each(items, "SUPPLIED_TO", recipients, rule, 0.7, i);
                    } else {
                        each(holder, "SUPPLIES_TO", recipients, rule, 0.65, i);
                    }
                }
                case "BUY" -> each(holder, "BUYS_FROM", other, rule, 0.65, i);
                default -> each(holder, relation, other, rule, 0.65, i);
            }
        }

        /** "Shen Zhihua, the leading Chinese historian", "Russian Vice-Premier Denis Manturov". */
        void citizenship(int i) {
            // PERSON, the [adj] DEMONYM role
            int k = i - 1;
            if (ent(k) && "State".equals(u.get(k).refs.getFirst().type()) && !u.get(k).possessive) {
                Slot state = slotsOf(k).getFirst();
                int j = k - 1;
                while (j >= 0 && modifier(j) && !ent(j) && k - j <= 3) {
                    j--;
                }
                if (punct(j, ",") && ent(j - 1) && isA(slotsOf(j - 1).getFirst(), "Person")) {
                    edge(slotsOf(j - 1).getFirst(), "CITIZEN_OF", state, "apposition-citizen", 0.7, i);
                }
                // DEMONYM role PERSON
                int p = i + 1;
                while (p < u.size() && at(p).isWord() && Lexicon.PERSON_TITLES.contains(at(p).lower) && p - i < 3) {
                    p++;
                }
                if (punct(p, "-")) {
                    p += 2;
                }
                if (ent(p) && isA(slotsOf(p).getFirst(), "Person")) {
                    edge(slotsOf(p).getFirst(), "CITIZEN_OF", state, "title-citizen", 0.65, i);
                }
            }
        }

        /** "according to the 1961 Treaty ..., the two countries are obligated", "their June 19, 2024 treaty". */
        void treatyParties() {
            for (int i = 0; i < u.size(); i++) {
                if (!ent(i) || !isA(slotsOf(i).getFirst(), "Treaty")) {
                    continue;
                }
                Slot treaty = slotsOf(i).getFirst();
                int d = i - 1;
                while (word(d, "the") || at(d) != null && at(d).kind == Unit.Kind.NUMBER) {
                    d--;
                }
                boolean basis = word(d, "to") && word(d - 1, "according") || word(d, "under")
                        || word(d, "with") && word(d - 1, "accordance");
                int k = i - 1;
                while (k >= 0 && i - k <= 5 && skippable(k) && !ent(k) && !word(k, "their") && !word(k, "its")) {
                    k--;
                }
                if (word(k, "their")) {
                    List<Unit.Ref> states = new ArrayList<>();
                    for (int j = k - 1; j >= 0 && states.size() < 2; j--) {
                        if (ent(j) && !u.get(j).anaphor) {
                            for (Unit.Ref r : u.get(j).refs) {
                                if (r.type().equals("State") && !states.contains(r)) {
                                    states.add(r);
                                }
                            }
                        }
                    }
                    if (states.size() == 2) {
                        for (Unit.Ref r : states) {
                            edge(new Slot(r, k), "PARTY_TO", treaty, "treaty-their", 0.65, i);
                        }
                    }
                }
                if (word(i + 1, "between") || word(i + 1, "with")) {
                    int j = i + 2;
                    while (j < u.size() && skippable(j) && !ent(j) && j - i < 5) {
                        j++;
                    }
                    if (ent(j)) {
                        for (Slot p : only(group(j), "State", "Organization")) {
                            edge(p, "PARTY_TO", treaty, "treaty-between", 0.7, i);
                        }
                    }
                }
                if (!basis) {
                    continue;
                }
                int renewed = -1;
                for (int j = i + 1; j < u.size() && !boundary(j); j++) {
                    if (word(j, "renewed") || word(j, "extended")) {
                        renewed = j;
                    }
                    if (ent(j) && punct(j - 1, ",") || ent(j) && u.get(j).anaphor) {
                        List<Slot> parties = only(group(j), "State", "Organization");
                        for (Slot p : parties) {
                            edge(p, "PARTY_TO", treaty, "treaty-basis", 0.65, i);
                            if (renewed >= 0) {
                                edge(p, "RENEWED", treaty, "treaty-basis", 0.6, renewed);
                            }
                        }
                        break;
                    }
                }
            }
        }

        /** "According to the South Korean National Intelligence Service, Russia may have proposed ... exercise". */
        void accordingTo() {
            for (int i = 0; i + 2 < u.size(); i++) {
                if (!word(i, "according") || !word(i + 1, "to")) {
                    continue;
                }
                int j = i + 2;
                while (word(j, "the")) {
                    j++;
                }
                if (!ent(j) || !(isA(slotsOf(j).getFirst(), "Organization") || isA(slotsOf(j).getFirst(), "Person")
                        || isA(slotsOf(j).getFirst(), "State"))) {
                    continue;
                }
                for (int k = 0; k < u.size(); k++) {
                    if (k != j && ent(k) && !u.get(k).possessive) {
                        for (Slot e : slotsOf(k)) {
                            if (EVENT_LIKE.contains(e.ref().type())) {
                                edge(slotsOf(j).getFirst(), "REPORTED_ON", e, "according-to", 0.5, i);
                            }
                        }
                    }
                }
            }
        }

        /** "The first Sino-Russian naval drills in 2009 focused on combating piracy in the Gulf of Aden." */
        void eventPlaces() {
            for (int i = 0; i < u.size(); i++) {
                if (!ent(i) || u.get(i).possessive) {
                    continue;
                }
                Slot e = slotsOf(i).getFirst();
                if (!isA(e, "Exercise") && !isA(e, "Event")) {
                    continue;
                }
                int before = i - 1;
                while (before >= 0 && skippable(before) && !ent(before)) {
                    before--;
                }
                if (before >= 0 && !boundary(before) && !punct(before, ",")) {
                    continue;
                }
                for (int j = i + 1; j < u.size() && !boundary(j) && !punct(j, ";"); j++) {
                    if ((word(j, "in") || word(j, "off")) && j > i + 1) {
                        int k = j + 1;
                        while (word(k, "the")) {
                            k++;
                        }
                        if (ent(k)) {
                            for (Slot p : only(group(k), "Place")) {
                                edge(e, "HELD_IN", p, "event-place", 0.55, j);
                            }
                        }
                    }
                }
            }
        }

        // ---- verb frames -----------------------------------------------------------------------------------------

        void verbFrames() {
            for (int i = 0; i < u.size(); i++) {
                Unit x = u.get(i);
                if (!x.isWord()) {
                    continue;
                }
                Lexicon.Form f = Lexicon.form(x.lower);
                if (f == null) {
                    continue;
                }
                Kind kind = VERBS.get(f.lemma());
                if (kind == null) {
                    continue;
                }
                if (NOMINAL_FRAMES.containsKey(x.lower) && !looksVerbal(i, f) || adjectival(i, f)) {
                    continue;
                }
                frame(i, kind, f);
            }
        }

        /** "Russian" in "Russian imports": a state named by its adjective. */
        boolean demonym(Unit x) {
            if (x.refs.size() != 1 || !"State".equals(x.refs.getFirst().type())) {
                return false;
            }
            String d = catalogue.demonym(x.refs.getFirst().id());
            String w = x.lower;
            return d != null && (w.equals(NormalizedText.fold(d)) || w.equals(NormalizedText.fold(d) + "s"));
        }

        /** "officially acknowledged military ally": a participle between a determiner or adverb and a noun. */
        boolean adjectival(int i, Lexicon.Form f) {
            if (!f.participle()) {
                return false;
            }
            Unit prev = at(i - 1);
            Unit next = at(i + 1);
            boolean before = prev != null && (prev.in(Lexicon.DETERMINERS) || prev.possessive
                    || prev.isWord() && prev.lower.endsWith("ly") && at(i - 2) != null && !at(i - 2).in(Lexicon.AUXILIARIES));
            boolean after = next != null && next.isWord() && skippable(i + 1) && !next.in(Lexicon.DETERMINERS);
            return before && after;
        }

        /** Words like "support" or "trade" are verbs only after a subject, an auxiliary or "to". */
        boolean looksVerbal(int i, Lexicon.Form f) {
            Unit prev = at(i - 1);
            if (prev == null) {
                return false;
            }
            if (prev.in(Set.of("which", "who", "that")) && (ent(i - 2) || nounBefore(i - 1))) {
                return true;
            }
            if (prev.in(Lexicon.DETERMINERS) || prev.possessive || prev.in(Set.of("of", "for", "in", "on", "with"))) {
                return false;
            }
            if (prev.isEntity() && demonym(prev)) {
                return false;
            }
            return f.participle() || f.gerund() || f.thirdPerson() || prev.in(Lexicon.AUXILIARIES) || prev.is("to")
                    || prev.in(Lexicon.RELATIVE_PRONOUNS)
                    || prev.isEntity() && !prev.possessive || prev.in(Lexicon.ADVERBS_OF_DEGREE);
        }

        void frame(int i, Kind kind, Lexicon.Form f) {
            boolean passive = passive(i);
            List<Slot> subj;
            Unit prev = at(i - 1);
            if (f.gerund() && prev != null && prev.is("for") && !lastObject.isEmpty()) {
                subj = lastObject;
            } else if (f.gerund() && prev != null && prev.in(Lexicon.PREPOSITIONS)) {
                subj = i == 1 ? fronted(i) : subjectFor(i - 1);
            } else {
                subj = subjectFor(i);
            }
            int after = i;
            // particles that belong to the verb
            while (word(after + 1, "up") || word(after + 1, "out") || word(after + 1, "back") || word(after + 1, "off")) {
                after++;
            }
            List<Slot> obj = passive ? List.of() : objectAfter(after);
            int objEnd = after;
            for (Slot s : obj) {
                objEnd = Math.max(objEnd, s.unit());
            }
            Map<String, List<Slot>> preps = prepsAfter(objEnd);
            List<Slot> s = subj;
            List<Slot> o = obj;
            if (passive) {
                o = subj;
                s = preps.getOrDefault("by", List.of());
            }
            if (firstSubject.isEmpty() && !s.isEmpty() && !passive) {
                firstSubject = s;
            }
            Frame fr = new Frame(i, kind, f, s, o, preps, passive);
            dispatch(fr);
            if (!o.isEmpty()) {
                lastObject = o;
            }
        }

        record Frame(int trig, Kind kind, Lexicon.Form form, List<Slot> subj, List<Slot> obj,
                     Map<String, List<Slot>> preps, boolean passive) {
            List<Slot> prep(String... ps) {
                List<Slot> out = new ArrayList<>();
                for (String p : ps) {
                    out.addAll(preps.getOrDefault(p, List.of()));
                }
                return out;
            }
        }

        boolean wordsAhead(int i, int span, String... words) {
            for (int k = i + 1; k < Math.min(u.size(), i + 1 + span); k++) {
                if (boundary(k)) {
                    return false;
                }
                for (String w : words) {
                    if (word(k, w)) {
                        return true;
                    }
                }
            }
            return false;
        }

        void dispatch(Frame f) {
            int t = f.trig();
            String lemma = f.form().lemma();
            switch (f.kind()) {
                case SUPPLY -> supply(f, lemma);
                case PRODUCE -> {
                    List<Slot> items = only(f.obj(), "Item");
                    each(f.subj(), "PRODUCES", items, "verb-produce", 0.75, t);
                    each(items, "SUPPLIED_TO", only(f.prep("for", "to"), "State", "Organization", "Place", "Person"),
                            "verb-produce", 0.7, t);
                }
                case DEVELOP -> {
                    each(f.subj(), "DEVELOPS", f.obj(), "verb-develop", 0.7, t);
                    each(only(f.obj(), "Item"), "SUPPLIED_TO", only(f.prep("for"), "State", "Organization"),
                            "verb-develop", 0.6, t);
                }
                case BUY -> buy(f);
                case RECEIVE -> {
                    if (wordsAhead(t, 2, "training")) {
                        each(f.subj(), "TRAINED_AT", f.prep("at", "in"), "verb-train", 0.7, t);
                    } else {
                        List<Slot> items = only(f.obj(), "Item");
                        each(items, "SUPPLIED_TO", f.subj(), "verb-receive", 0.7, t);
                        each(f.prep("from"), "SUPPLIES", items, "verb-receive", 0.7, t);
                        if (items.isEmpty()) {
                            each(f.prep("from"), "SUPPLIES_TO", f.subj(), "verb-receive", 0.6, t);
                        }
                    }
                }
                case COME -> {
                    if (word(t + 1, "from")) {
                        each(f.prep("from"), "SUPPLIES", only(f.subj(), "Item"), "verb-come-from", 0.7, t);
                    }
                }
                case SANCTION -> sanction(f, f.subj(), f.obj(), t);
                case IMPOSE -> {
                    if (wordsAhead(t, 3, "sanctions", "restrictions", "penalties", "tariffs")) {
                        sanction(f, f.subj(), f.prep("on", "against"), t);
                    }
                }
                case PARTICIPATE, OBSERVE -> participate(f);
                case INVOLVE -> {
                    if (f.passive() || word(t + 1, "in")) {
                        List<Slot> who = f.passive() ? f.obj() : f.subj();
                        if (!nominalIn(f, who)) {
                            each(who, "PARTICIPATED_IN", f.prep("in"), "verb-involve", 0.6, t);
                        }
                    } else {
                        each(only(concat(f.obj(), f.prep("from")), "State", "Organization", "Person"), "PARTICIPATED_IN",
                                f.subj(), "verb-involve", 0.6, t);
                    }
                }
                case CONDUCT -> {
                    if (lemma.equals("carry") && !word(t + 1, "out")) {
                        transport(f);
                        return;
                    }
                    conduct(f);
                }
                case HOLD -> {
                    if (f.passive() || !only(f.obj(), "Exercise", "Event").isEmpty()) {
                        conduct(f);
                    }
                }
                case TAKE -> {
                    if (word(t + 1, "part")) {
                        each(f.subj(), "PARTICIPATED_IN", f.prep("in"), "verb-take-part", 0.75, t);
                    } else if (word(t + 1, "place")) {
                        List<Slot> what = events(f.subj(), t);
                        each(what, "HELD_IN", only(f.prep("in", "at", "near"), "Place", "State", "Infrastructure"),
                                "verb-take-place", 0.75, t);
                    }
                }
                case SIGN -> sign(f);
                case RENEW -> each(f.subj(), "RENEWED", only(f.obj(), "Treaty"), "verb-renew", 0.75, t);
                case ALLY -> each(f.subj(), "ALLIED_WITH", concat(f.obj(), f.prep("with")), "verb-ally", 0.7, t);
                case COOPERATE -> {
                    if (lemma.equals("work") && !word(t + 1, "with") && !word(t + 1, "together")) {
                        return;
                    }
                    List<Slot> with = f.prep("with");
                    if (!with.isEmpty()) {
                        each(f.subj(), "COOPERATES_WITH", with, "verb-cooperate", 0.75, t);
                    } else if (f.subj().size() >= 2) {
                        pairwise(f.subj(), "COOPERATES_WITH", "verb-cooperate", 0.7, t);
                    }
                }
                case DEPLOY -> {
                    List<Slot> what = f.passive() ? f.obj() : concat(f.obj(), List.of());
                    List<Slot> where = only(f.prep("to", "in", "into", "at"), "Place", "State");
                    each(what.isEmpty() ? f.subj() : what, "DEPLOYED_TO", where, "verb-deploy", 0.7, t);
                }
                case TRAIN -> {
                    each(f.subj(), "TRAINED_AT", only(f.prep("at", "in"), "Place", "Infrastructure"), "verb-train", 0.7, t);
                    if (word(t + 1, "together") && f.subj().size() >= 2) {
                        pairwise(f.subj(), "COOPERATES_WITH", "verb-train", 0.6, t);
                    }
                    each(f.subj(), "COOPERATES_WITH", f.prep("with"), "verb-train", 0.6, t);
                }
                case HEAD -> {
                    for (Slot s : f.subj()) {
                        each(List.of(s), isA(s, "Person") ? "HEADS" : "LEADS", f.obj(), "verb-head", 0.75, t);
                    }
                }
                case LEAD -> each(f.subj(), "LEADS", except(f.obj(), "Item"), "verb-lead", 0.6, t);
                case REPORT -> report(f);
                case DAMAGE -> each(f.subj(), "DAMAGED", f.obj(), "verb-damage", 0.7, t);
                case ATTACK -> {
                    if (lemma.equals("target") && (clauseMentions("sanction", "sanctions", "package", "measures",
                            "designation", "designations", "restrictions") || !only(f.subj(), "Sanction").isEmpty())) {
                        List<Slot> sanctions = only(f.subj(), "Sanction");
                        if (!sanctions.isEmpty()) {
                            each(sanctions, "TARGETS", f.obj(), "verb-target-sanction", 0.7, t);
                            for (Slot sn : sanctions) {
                                each(issuers(sn), "SANCTIONED", f.obj(), "verb-target-sanction", 0.65, t);
                            }
                        } else {
                            sanction(f, f.subj(), f.obj(), t);
                        }
                        return;
                    }
                    each(f.subj(), "ATTACKED", f.obj(), "verb-attack", 0.7, t);
                }
                case SUPPORT -> each(f.subj(), "SUPPORTS", f.obj(), "verb-support", 0.65, t);
                case ASSIST -> each(f.subj(), "ASSISTS", f.obj(), "verb-assist", 0.65, t);
                case OPPOSE -> each(f.subj(), "OPPOSES", concat(f.obj(), f.prep("to")), "verb-oppose", 0.6, t);
                case PUSH -> {
                    if (word(t + 1, "back")) {
                        each(f.subj(), "OPPOSES", concat(f.obj(), f.prep("on", "against")), "verb-push-back", 0.6, t);
                    }
                }
                case CRITICIZE -> {
                    if (lemma.equals("call") && !wordsAhead(t, 6, "\"", "“")) {
                        related(f, "called");
                        return;
                    }
                    each(f.subj(), "CRITICIZES", f.obj(), "verb-criticize", 0.6, t);
                }
                case COMPETE -> each(f.subj(), "COMPETES_WITH", concat(f.obj(), f.prep("with")), "verb-compete", 0.65, t);
                case THREATEN -> each(f.subj(), "THREATENS", f.obj(), "verb-threaten", 0.65, t);
                case PUT -> {
                    if (wordsAhead(t, 8, "risk", "danger", "jeopardy")) {
                        each(f.subj(), "THREATENS", f.obj(), "verb-put-at-risk", 0.6, t);
                    }
                }
                case TRADE -> each(f.subj(), "TRADES_WITH", concat(f.obj(), f.prep("with")), "verb-trade", 0.7, t);
                case DEPEND -> {
                    List<Slot> on = f.prep("on", "upon");
                    if (wordsAhead(t, 12, "trade", "imports", "exports")) {
                        each(f.subj(), "TRADES_WITH", on, "verb-depend-trade", 0.6, t);
                    } else {
                        for (Slot s : f.subj()) {
                            for (Slot o : on) {
                                edge(s, "RELATED_TO", o, "verb-depend", 0.5, t, "depends on");
                            }
                        }
                    }
                }
                case NEGOTIATE -> {
                    boolean rel = lemma.equals("negotiate") || lemma.equals("meet")
                            || wordsAhead(t, 4, "relations", "ties", "talks", "dialogue", "contacts");
                    if (rel) {
                        List<Slot> with = concat(lemma.equals("meet") ? f.obj() : List.of(), f.prep("with"));
                        if (with.isEmpty() && f.subj().size() >= 2) {
                            pairwise(f.subj(), "NEGOTIATES_WITH", "verb-relations", 0.6, t);
                        } else {
                            each(f.subj(), "NEGOTIATES_WITH", with, "verb-relations", 0.65, t);
                        }
                    }
                }
                case LEARN -> each(f.subj(), "LEARNS_FROM", concat(f.obj(), f.prep("from")), "verb-learn", 0.6, t);
                case PAY -> {
                    if (wordsAhead(t, 3, "attention")) {
                        each(f.subj(), "LEARNS_FROM", f.prep("to"), "verb-pay-attention", 0.55, t);
                    }
                }
                case USE -> each(f.subj(), "USES", only(f.obj(), "Item", "Infrastructure"), "verb-use", 0.6, t);
                case SAIL -> each(only(f.subj(), "Vessel"), "OPERATES_ON", concat(f.obj(),
                        f.prep("on", "in", "through", "across", "along")), "verb-sail", 0.7, t);
                case SERVICE -> each(only(f.passive() ? f.obj() : f.subj(), "Vessel"), "SERVICED_IN",
                        f.prep("in", "at"), "verb-service", 0.7, t);
                case LOCATE -> each(f.passive() ? f.obj() : f.subj(), "LOCATED_IN", f.prep("in", "at", "on"),
                        "verb-located", 0.7, t);
                case BASE -> each(f.passive() ? f.obj() : f.subj(), "BASED_IN", f.prep("in", "at"), "verb-based", 0.7, t);
                case BORDER -> each(f.subj(), "BORDERS", f.obj(), "verb-border", 0.7, t);
                case PROPOSE -> propose(f);
                case VIOLATE -> each(f.subj(), "VIOLATES", f.obj(), "verb-violate", 0.6, t);
                case RESTRICT -> {
                    for (Slot s : f.subj()) {
                        List<Slot> targets = isA(s, "Sanction") ? concat(f.obj(), only(f.prep("to", "on", "against"),
                                "State", "Organization")) : f.obj();
                        for (Slot o : targets) {
                            if (isA(s, "Sanction")) {
                                edge(s, "TARGETS", o, "verb-restrict", 0.55, t);
                                for (Slot issuer : issuers(s)) {
                                    edge(issuer, "SANCTIONED", o, "verb-restrict", 0.5, t);
                                }
                            } else {
                                edge(s, "RELATED_TO", o, "verb-restrict", 0.45, t, u.get(t).text);
                            }
                        }
                    }
                }
                case TRANSPORT -> transport(f);
                case LIST -> {
                    // "added three Chinese firms to the Entity List": a sanction by listing
                    boolean list = f.prep("to", "on").stream().anyMatch(x -> x.ref().id().contains("list"));
                    if (list) {
                        sanction(f, f.subj(), f.obj(), t);
                    }
                }
                default -> {
                }
            }
        }

        void supply(Frame f, String lemma) {
            int t = f.trig();
            if ((lemma.equals("give") || lemma.equals("grant") || lemma.equals("provide")) && wordsAhead(t, 4, "access")) {
                access(f);
                return;
            }
            List<Slot> items = only(f.obj(), "Item");
            List<Slot> others = except(f.obj(), "Item");
            List<Slot> recipients = only(f.prep("to", "for"), "State", "Organization", "Place", "Person");
            if (items.isEmpty() && !only(f.prep("with"), "Item").isEmpty()) {
                items = only(f.prep("with"), "Item");
                recipients = concat(recipients, others);
                others = List.of();
            }
            String rule = "verb-supply";
            if (!items.isEmpty()) {
                each(f.subj(), "SUPPLIES", items, rule, 0.75, t);
                each(items, "SUPPLIED_TO", recipients, rule, 0.75, t);
                each(items, "TRANSPORTED_VIA", f.prep("via", "through"), rule, 0.6, t);
                if (f.subj().isEmpty()) {
                    each(f.prep("from"), "SUPPLIES", items, rule, 0.65, t);
                }
                return;
            }
            List<Slot> forces = only(others, "MilitaryForce", "Vessel");
            each(forces, "DEPLOYED_TO", only(recipients, "Place", "State"), rule, 0.7, t);
            if (forces.isEmpty() && wordsAhead(t, 3, "troops", "soldiers", "forces", "personnel", "workers")) {
                troops(f, recipients);
                return;
            }
            List<Slot> nonForce = except(others, "MilitaryForce", "Vessel");
            if (!nonForce.isEmpty() && recipients.isEmpty()) {
                each(f.subj(), "SUPPLIES_TO", only(nonForce, "State", "Organization", "Person"), rule, 0.55, t);
            } else if (others.isEmpty()) {
                each(f.subj(), "SUPPLIES_TO", recipients, rule, 0.6, t);
            }
        }

        /** "North Korea began sending troops to Russia": the troops are an actor of their own. */
        void troops(Frame f, List<Slot> recipients) {
            for (Slot s : only(f.subj(), "State")) {
                String demonym = catalogue.demonym(s.ref().id());
                if (demonym == null) {
                    continue;
                }
                Unit.Ref troops = maker.make("MilitaryForce", demonym + " troops", null);
                Slot ts = new Slot(troops, f.trig());
                edge(ts, "PART_OF", s, "verb-send-troops", 0.7, f.trig());
                each(List.of(ts), "DEPLOYED_TO", only(recipients, "Place", "State"), "verb-send-troops", 0.75, f.trig());
                each(List.of(ts), "PARTICIPATED_IN", only(f.prep("for", "in"), "Event"), "verb-send-troops", 0.6, f.trig());
                for (Slot treaty : only(f.prep("with"), "Treaty")) {
                    edge(ts, "RELATED_TO", treaty, "verb-send-troops", 0.5, f.trig(), "in accordance with");
                }
            }
        }

        void access(Frame f) {
            int t = f.trig();
            List<Slot> granted = f.prep("to");
            List<Slot> beneficiaries = except(f.obj(), "Item", "Infrastructure", "Place");
            each(f.subj(), "PROVIDES_ACCESS_TO", granted, "verb-give-access", 0.75, t);
            each(only(granted, "Item"), "SUPPLIED_TO", beneficiaries, "verb-give-access", 0.7, t);
            for (Slot b : beneficiaries) {
                for (Slot g : granted) {
                    if (!isA(g, "Item")) {
                        edge(g, "PROVIDES_ACCESS_TO", b, "verb-give-access", 0.5, t);
                    }
                }
            }
        }

        void buy(Frame f) {
            int t = f.trig();
            List<Slot> items = only(f.obj(), "Item");
            each(f.subj(), "BUYS", items, "verb-buy", 0.75, t);
            List<Slot> sellers = f.prep("from");
            each(f.subj(), "BUYS_FROM", sellers, "verb-buy", 0.7, t);
            each(sellers, "SUPPLIES", items, "verb-buy", 0.65, t);
            if (items.isEmpty()) {
                each(f.subj(), "BUYS_FROM", only(f.obj(), "State", "Organization"), "verb-buy", 0.5, t);
            }
        }

        void sanction(Frame f, List<Slot> issuers, List<Slot> targets, int t) {
            if (issuers.isEmpty() || targets.isEmpty()) {
                each(issuers, "SANCTIONED", targets, "verb-sanction", 0.7, t);
                return;
            }
            StringBuilder name = new StringBuilder();
            for (int k = 0; k < issuers.size(); k++) {
                name.append(k == 0 ? "" : " and ").append(displayName(issuers.get(k)));
            }
            name.append(" sanctions on ").append(displayName(targets.getFirst()));
            if (targets.size() > 1) {
                name.append(" and others");
            }
            Unit.Ref sanction = maker.make("Sanction", name.toString(), null);
            Slot ss = new Slot(sanction, t);
            each(issuers, "SANCTIONED", targets, "verb-sanction", 0.8, t);
            each(List.of(ss), "ISSUED_BY", issuers, "verb-sanction", 0.8, t);
            each(List.of(ss), "TARGETS", targets, "verb-sanction", 0.8, t);
        }

        String displayName(Slot s) {
            Unit x = u.get(s.unit());
            return x.refs.size() == 1 && !x.anaphor ? Discovery.cleanName(x.text) : s.ref().id();
        }

        void participate(Frame f) {
            int t = f.trig();
            boolean observer = wordsAhead(t, 4, "observer", "observers") || f.kind() == Kind.OBSERVE;
            List<Slot> targets = f.kind() == Kind.OBSERVE || f.form().lemma().equals("join")
                    || f.form().lemma().equals("attend") ? concat(f.obj(), f.prep("in")) : f.prep("in");
            targets = only(targets, "Exercise", "Event", "Initiative", "Infrastructure", "Organization");
            if (nominalIn(f, f.subj())) {
                return;
            }
            each(f.subj(), observer ? "OBSERVED" : "PARTICIPATED_IN", targets, observer ? "verb-observe"
                    : "verb-participate", 0.75, t);
            List<Slot> places = only(f.prep("in", "at"), "Place", "State");
            each(only(targets, "Exercise", "Event"), "HELD_IN", except(places, "State"), "verb-participate-place", 0.6, t);
        }

        /** "involved in Russia's production of the Garpiya-3": the nominal frame takes the verb's subject. */
        boolean nominalIn(Frame f, List<Slot> who) {
            int k = f.trig() + 1;
            while (k < u.size() && !word(k, "in") && k - f.trig() < 3) {
                k++;
            }
            if (!word(k, "in")) {
                return false;
            }
            for (int j = k + 1; j < Math.min(u.size(), k + 5); j++) {
                Unit x = u.get(j);
                Kind nk = x.isWord() ? NOMINAL_FRAMES.get(x.lower) : null;
                if (nk != null && word(j + 1, "of")) {
                    List<Slot> what = objectAfter(j + 1);
                    if (what.isEmpty()) {
                        int e = j + 2;
                        while (e < u.size() && skippable(e) && !ent(e)) {
                            e++;
                        }
                        what = ent(e) ? headOf(e) : List.of();
                    }
                    if (what.isEmpty()) {
                        return false;
                    }
                    Map<String, List<Slot>> preps = prepsAfter(what.getLast().unit());
                    nominalEdges(nk, who, what, preps, j, "nominal-in-verb");
                    return true;
                }
                if (x.isEntity() && !x.possessive || boundary(j)) {
                    return false;
                }
            }
            return false;
        }

        /** Events in a slot; a pronoun there that named no event refers back to the latest exercise or event. */
        List<Slot> events(List<Slot> slot, int trig) {
            List<Slot> events = only(slot, "Exercise", "Event");
            if (events.isEmpty() && !slot.isEmpty() && at(slot.getFirst().unit()) != null
                    && at(slot.getFirst().unit()).in(Set.of("they", "it", "these", "this"))) {
                Unit.Ref r = discourse.latest("Exercise", sentence, 2);
                if (r != null) {
                    events = List.of(new Slot(r, slot.getFirst().unit()));
                }
            }
            return events;
        }

        void conduct(Frame f) {
            int t = f.trig();
            List<Slot> events = f.passive() ? events(f.obj(), t) : only(f.obj(), "Exercise", "Event");
            each(f.subj(), "CONDUCTED", events, "verb-conduct", 0.7, t);
            List<Slot> places = only(f.prep("in", "at", "near", "off"), "Place", "State", "Infrastructure");
            each(events, "HELD_IN", places, "verb-conduct-place", 0.7, t);
        }

        void sign(Frame f) {
            int t = f.trig();
            List<Slot> treaties = only(f.obj(), "Treaty");
            List<Slot> items = only(concat(f.obj(), f.prep("for")), "Item");
            List<Slot> with = only(f.prep("with"), "State", "Organization");
            if (!treaties.isEmpty()) {
                each(f.subj(), "SIGNED", treaties, "verb-sign", 0.8, t);
                each(with, "SIGNED", treaties, "verb-sign", 0.7, t);
            } else if (!wordsAhead(t, 5, "contract", "contracts", "deal", "deals") && agreementAfter(t) > t) {
                // "signed a strategic partnership with Saudi Arabia": the agreement is named by its phrase
                int head = agreementAfter(t);
                int first = t + 1;
                while (first < head && (u.get(first).in(Lexicon.DETERMINERS)
                        || Lexicon.NUMBER_WORDS.containsKey(u.get(first).lower))) {
                    first++;
                }
                int last = head;
                if (word(head + 1, "with") && ent(head + 2)) {
                    last = head + 2;
                }
                String name = Discovery.cleanName(text(first, last));
                if (last == head && name.equals(name.toLowerCase(java.util.Locale.ROOT)) && !f.subj().isEmpty()) {
                    // a descriptive name alone ("strategic partnership treaty") is qualified by who signed it
                    StringBuilder parties = new StringBuilder();
                    for (Slot p : concat(f.subj(), with)) {
                        parties.append(parties.isEmpty() ? "" : "-").append(displayName(p));
                    }
                    name = parties + " " + name;
                }
                Unit.Ref treaty = maker.make("Treaty", name, text(first, last));
                Slot ts = new Slot(treaty, head);
                each(f.subj(), "SIGNED", List.of(ts), "verb-sign", 0.7, t);
                each(with, "PARTY_TO", List.of(ts), "verb-sign", 0.65, t);
                each(f.subj(), "PARTNERS_WITH", with, "verb-sign", 0.55, t);
            } else if (wordsAhead(t, 5, "contract", "contracts", "deal", "deals") && !with.isEmpty()) {
                each(f.subj(), "BUYS_FROM", with, "verb-sign-contract", 0.7, t);
                each(f.subj(), "BUYS", items, "verb-sign-contract", 0.6, t);
                each(with, "SUPPLIES", items, "verb-sign-contract", 0.6, t);
            } else if (!with.isEmpty()) {
                each(f.subj(), "PARTNERS_WITH", with, "verb-sign", 0.55, t);
            }
        }

        boolean clauseMentions(String... words) {
            for (Unit x : u) {
                for (String w : words) {
                    if (x.isWord() && x.lower.equals(w)) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** The agreement noun right after a verb ("signed a strategic partnership"), or -1. */
        int agreementAfter(int t) {
            for (int k = t + 1; k < u.size() && k <= t + 8; k++) {
                Unit x = u.get(k);
                Set<String> nouns = Set.of("partnership", "agreement", "accord", "pact", "treaty", "memorandum", "roadmap",
                        "roadmaps", "agreements", "declaration");
                if (x.isWord() && x.in(nouns)) {
                    while (at(k + 1) != null && at(k + 1).in(nouns)) {
                        k++;
                    }
                    return k;
                }
                if (!skippable(k)) {
                    return -1;
                }
            }
            return -1;
        }

        /** The verbatim sentence text from unit {@code a} to unit {@code b}, inclusive. */
        String text(int a, int b) {
            StringBuilder out = new StringBuilder();
            for (int k = a; k <= b; k++) {
                Unit x = u.get(k);
                if (k > a && x.start > u.get(k - 1).end) {
                    out.append(' ');
                }
                out.append(x.text);
            }
            return out.toString();
        }

        void report(Frame f) {
            int t = f.trig();
            if (word(t + 1, "to") && !f.form().lemma().equals("say")) {
                each(f.subj(), "REPORTS_TO", only(f.prep("to"), "Organization", "Person", "State"), "verb-report-to",
                        0.75, t);
                return;
            }
            // the reporter reports on the events its statement is about
            if (!(word(t + 1, "that") || ent(t + 1) || word(t + 1, "it") || word(t + 1, "they"))) {
                return;
            }
            int end = t + 1;
            while (end < u.size() && !punct(end, ";") && !(punct(end, ".") && end == u.size() - 1)) {
                end++;
            }
            for (Slot r : f.subj()) {
                for (int k = t + 1; k < end; k++) {
                    if (ent(k) && !u.get(k).possessive) {
                        for (Slot e : slotsOf(k)) {
                            if (EVENT_LIKE.contains(e.ref().type())) {
                                edge(r, "REPORTED_ON", e, "reporting-verb", 0.5, t);
                            }
                        }
                    }
                }
            }
        }

        void propose(Frame f) {
            int t = f.trig();
            String lemma = f.form().lemma();
            boolean complement = word(t + 1, "that") || word(t + 1, "to") || !f.obj().isEmpty() && word(
                    f.obj().getLast().unit() + 1, "to");
            List<Slot> direct = only(f.obj(), "Exercise", "Event", "Treaty", "Initiative", "Item", "Infrastructure");
            if (!direct.isEmpty() && !lemma.equals("invite") && !lemma.equals("encourage") && !lemma.equals("urge")) {
                each(f.subj(), "PROPOSED", direct, "verb-propose", 0.7, t);
            }
            if (complement) {
                // what follows is planned, not done; the proposer proposed its event
                plannedFrom = t + 1;
                plannedTo = u.size();
                for (int k = t + 1; k < u.size() && !boundary(k); k++) {
                    if (ent(k)) {
                        for (Slot e : slotsOf(k)) {
                            if (isA(e, "Exercise") || isA(e, "Event") || isA(e, "Treaty") || isA(e, "Initiative")) {
                                if (lemma.equals("propose") || lemma.equals("invite")) {
                                    each(f.subj(), "PROPOSED", List.of(e), "verb-propose", 0.65, t);
                                }
                            }
                        }
                    }
                }
            }
        }

        void transport(Frame f) {
            int t = f.trig();
            List<Slot> items = only(f.obj(), "Item");
            for (Slot carrier : only(f.subj(), "Vessel", "Infrastructure")) {
                each(items, "TRANSPORTED_VIA", List.of(carrier), "verb-transport", 0.65, t);
                if (isA(carrier, "Infrastructure")) {
                    for (Slot via : only(f.prep("via", "through", "across"), "Place")) {
                        edge(carrier, "RELATED_TO", via, "verb-transport", 0.5, t, "runs via");
                    }
                }
                if (isA(carrier, "Vessel")) {
                    each(List.of(carrier), "CARRIES", items, "verb-transport", 0.65, t);
                }
            }
            each(except(f.subj(), "Vessel", "Infrastructure"), "SUPPLIES", items, "verb-transport", 0.6, t);
            each(items, "SUPPLIED_TO", only(f.prep("to"), "State", "Organization", "Place"), "verb-transport", 0.7, t);
            each(items, "TRANSPORTED_VIA", f.prep("via", "through", "across"), "verb-transport", 0.65, t);
            each(f.prep("from"), "SUPPLIES", items, "verb-transport", 0.55, t);
        }

        void related(Frame f, String predicate) {
            for (Slot s : f.subj()) {
                for (Slot o : f.obj()) {
                    edge(s, "RELATED_TO", o, "verb-generic", 0.4, f.trig(), predicate);
                }
            }
        }

        // ---- nominal frames --------------------------------------------------------------------------------------

        /** "Russian arms sales to China", "North Korea's provision of lethal aid for Russia", "Russian imports of X". */
        void nominalFrames() {
            for (int i = 0; i < u.size(); i++) {
                Unit x = u.get(i);
                if (!x.isWord() || appositive[i]) {
                    continue;
                }
                Kind kind = NOMINAL_FRAMES.get(x.lower);
                if (kind == null) {
                    continue;
                }
                Lexicon.Form f = Lexicon.form(x.lower);
                if (f != null && looksVerbal(i, f) && VERBS.containsKey(f.lemma())) {
                    continue;
                }
                // the agent: a possessor or a modifier entity just before; the thing: "of X" or a modifier item
                List<Slot> agent = new ArrayList<>();
                List<Slot> thing = new ArrayList<>();
                int k = i - 1;
                while (k >= 0 && i - k <= 5) {
                    Unit y = u.get(k);
                    if (y.isEntity()) {
                        for (Slot s : slotsOf(k)) {
                            if (isA(s, "Item") && !y.possessive && agent.isEmpty()) {
                                thing.add(s);
                                // an item named with a demonym ("Russian arms") carries its maker
                                List<Unit.Ref> inner = embedded.getOrDefault(s.ref().id() + "\u0000" + y.text, List.of());
                                for (Unit.Ref r : inner) {
                                    if (r.type().equals("State")) {
                                        agent.add(new Slot(r, k));
                                    }
                                }
                            } else if (!isA(s, "Item")) {
                                agent.add(s);
                            }
                        }
                        k--;
                        if (!y.possessive && !agent.isEmpty()) {
                            break;
                        }
                        continue;
                    }
                    if (y.is("its") || y.is("their")) {
                        List<Slot> subj = subjectFor(k);
                        agent.addAll(subj.isEmpty() ? firstSubject : subj);
                        break;
                    }
                    if (!modifier(k) || y.in(Lexicon.DETERMINERS)) {
                        break;
                    }
                    k--;
                }
                Map<String, List<Slot>> preps = prepsAfter(i);
                if (word(i + 1, "of")) {
                    thing.addAll(only(preps.getOrDefault("of", List.of()), "Item", "Exercise", "Event", "Infrastructure"));
                    if (thing.isEmpty() && agent.isEmpty()) {
                        agent.addAll(except(preps.getOrDefault("of", List.of()), "Item"));
                    }
                }
                if (kind == Kind.ATTACK) {
                    each(agent, "ATTACKED", concat(preps.getOrDefault("of", List.of()), preps.getOrDefault("on",
                            List.of())), "nominal-attack", 0.6, i);
                    continue;
                }
                nominalEdges(kind, agent, thing, preps, i, "nominal");
            }
        }

        void nominalEdges(Kind kind, List<Slot> agent, List<Slot> thing, Map<String, List<Slot>> preps, int i,
                          String rule) {
            List<Slot> to = only(concat(preps.getOrDefault("to", List.of()), preps.getOrDefault("for", List.of())),
                    "State", "Organization", "Place", "Person", "Event");
            List<Slot> items = only(thing, "Item");
            switch (kind) {
                case SUPPLY -> {
                    each(agent, "SUPPLIES", items, rule + "-supply", 0.7, i);
                    each(items, "SUPPLIED_TO", except(to, "Event"), rule + "-supply", 0.7, i);
                    each(items, "TRANSPORTED_VIA", preps.getOrDefault("via", List.of()), rule + "-supply", 0.6, i);
                    if (items.isEmpty()) {
                        each(agent, "SUPPLIES_TO", except(to, "Event", "Place"), rule + "-supply", 0.6, i);
                    }
                }
                case PRODUCE -> {
                    each(agent, "PRODUCES", items, rule + "-produce", 0.7, i);
                    each(items, "SUPPLIED_TO", except(to, "Event"), rule + "-produce", 0.6, i);
                }
                case DEVELOP -> each(agent, "DEVELOPS", thing, rule + "-develop", 0.6, i);
                case BUY -> {
                    each(agent, "BUYS", items, rule + "-buy", 0.7, i);
                    each(agent, "BUYS_FROM", preps.getOrDefault("from", List.of()), rule + "-buy", 0.65, i);
                    each(preps.getOrDefault("from", List.of()), "SUPPLIES", items, rule + "-buy", 0.65, i);
                }
                case ASSIST -> {
                    if (to.isEmpty()) {
                        // "assistance to North Korean weapons production": the state the phrase names
                        for (Slot t : only(concat(preps.getOrDefault("to", List.of()), preps.getOrDefault("for",
                                List.of())), "Item")) {
                            Unit x = u.get(t.unit());
                            for (Unit.Ref r : embedded.getOrDefault(t.ref().id() + "\u0000" + x.text, List.of())) {
                                if (r.type().equals("State")) {
                                    to = concat(to, List.of(new Slot(r, t.unit())));
                                }
                            }
                        }
                    }
                    each(agent, "ASSISTS", to, rule + "-assist", 0.6, i);
                    each(items, "SUPPLIED_TO", except(to, "Event"), rule + "-assist", 0.6, i);
                }
                case SUPPORT -> each(agent, "SUPPORTS", concat(preps.getOrDefault("for", List.of()),
                        preps.getOrDefault("to", List.of())), rule + "-support", 0.6, i);
                case PARTICIPATE -> each(agent, "PARTICIPATED_IN", preps.getOrDefault("in", List.of()),
                        rule + "-participate", 0.6, i);
                default -> {
                }
            }
        }

        /** "cooperation between A and B", "China's military cooperation with Russia", "its closer ties to Russia". */
        void relationNouns() {
            for (int i = 0; i < u.size(); i++) {
                Unit x = u.get(i);
                if (!x.isWord()) {
                    continue;
                }
                String type = RELATION_NOUNS.get(x.lower);
                if (type == null) {
                    continue;
                }
                if (type.equals("BORDERS") || type.equals("OPPOSES") && !word(i + 1, "with") && !word(i + 1, "between")
                        && !word(i + 1, "against")) {
                    if (!type.equals("OPPOSES") || !word(i + 1, "with")) {
                        continue;
                    }
                }
                if (word(i + 1, "between") || word(i + 1, "among")) {
                    int j = i + 2;
                    while (j < u.size() && skippable(j) && !ent(j) && j - i < 5) {
                        j++;
                    }
                    if (ent(j)) {
                        pairwise(group(j), type, "noun-between", 0.7, i);
                    }
                    continue;
                }
                if (word(i + 1, "with") || word(i + 1, "to") && (x.is("ties") || x.is("relations"))
                        || word(i + 1, "against") && type.equals("OPPOSES")) {
                    List<Slot> holder = new ArrayList<>();
                    int k = i - 1;
                    while (k >= 0 && i - k <= 5 && (modifier(k) || ent(k))) {
                        if (ent(k)) {
                            holder.addAll(slotsOf(k));
                            if (u.get(k).possessive) {
                                break;
                            }
                        }
                        k--;
                    }
                    if (holder.isEmpty() && (word(k, "its") || word(k, "their") || at(k) != null && at(k).is("its"))) {
                        holder.addAll(subjectFor(k));
                    }
                    int j = i + 2;
                    while (j < u.size() && skippable(j) && !ent(j) && j - i < 5) {
                        j++;
                    }
                    if (ent(j)) {
                        for (Slot h : holder) {
                            if (isA(h, "Item")) {
                                continue;
                            }
                            for (Slot o : headOf(j)) {
                                edge(h, type, o, "noun-with", 0.65, i);
                            }
                        }
                    }
                }
            }
        }

        // ---- fallback --------------------------------------------------------------------------------------------

        /** "X <verb> Y" with a clear verb and nothing else typed between the two: RELATED_TO with the verb phrase. */
        void relatedFallback() {
            for (int i = 0; i < u.size(); i++) {
                if (!ent(i) || u.get(i).possessive || appositive[i] || demonym(u.get(i))
                        || isA(slotsOf(i).getFirst(), "Item")) {
                    continue;
                }
                int before = groupStart(i) - 1;
                while (before >= 0 && skippable(before) && !ent(before)) {
                    before--;
                }
                if (at(before) != null && at(before).in(Lexicon.PREPOSITIONS)) {
                    continue;
                }
                int j = i + 1;
                int verb = -1;
                StringBuilder phrase = new StringBuilder();
                while (j < u.size() && j - i <= 7 && !ent(j)) {
                    Unit x = u.get(j);
                    if (boundary(j) || punct(j, ",") || punct(j, ".") || x.in(Lexicon.RELATIVE_PRONOUNS)) {
                        break;
                    }
                    if (x.isWord() && verb < 0 && looksLikeVerb(j)) {
                        verb = j;
                    }
                    if (x.isWord() || x.kind == Unit.Kind.NUMBER) {
                        phrase.append(phrase.isEmpty() ? "" : " ").append(x.text);
                    }
                    j++;
                }
                if (verb < 0 || !ent(j) || u.get(j).possessive && !ent(j + 1)
                        || at(j - 1) != null && at(j - 1).in(Set.of("in", "at", "on", "near", "during", "since"))) {
                    continue;
                }
                Unit v = u.get(verb);
                Lexicon.Form f = Lexicon.form(v.lower);
                if (v.in(Lexicon.BE) && phrase.toString().split(" ").length < 2) {
                    continue;
                }
                List<Slot> left = slotsOf(i);
                List<Slot> right = headOf(j);
                boolean typed = false;
                for (Draft d : drafts) {
                    for (Slot a : left) {
                        for (Slot b : right) {
                            if (sameSet(d, a, b)) {
                                typed = true;
                            }
                        }
                    }
                }
                if (typed) {
                    continue;
                }
                boolean binds = v.lower.matches("(commit|commits|committed|oblige|obliges|obliged|obligates|obligated|binds|"
                        + "bound|requires|required|allows|allowed|grants|granted)");
                for (Slot a : left) {
                    for (Slot b : right) {
                        if (binds && isA(a, "Treaty") && (isA(b, "State") || isA(b, "Organization"))) {
                            edge(b, "PARTY_TO", a, "treaty-binds", 0.55, verb);
                        } else {
                            edge(a, "RELATED_TO", b, "verb-generic", 0.4, verb, phrase.toString());
                        }
                    }
                }
            }
        }

        boolean sameSet(Draft d, Slot a, Slot b) {
            String x = a.ref().id();
            String y = b.ref().id();
            return d.source().id().equals(x) && d.target().id().equals(y) || d.source().id().equals(y)
                    && d.target().id().equals(x);
        }

        boolean looksLikeVerb(int j) {
            Unit x = u.get(j);
            if (x.in(Lexicon.PREPOSITIONS) || x.in(Lexicon.DETERMINERS) || x.in(Lexicon.COORDINATORS)) {
                return false;
            }
            if (Lexicon.form(x.lower) != null) {
                return true;
            }
            Unit prev = at(j - 1);
            if (prev != null && prev.in(Lexicon.AUXILIARIES) && !x.in(Lexicon.NEGATIONS)) {
                return x.lower.length() > 2 && !x.lower.endsWith("ly");
            }
            return prev != null && prev.isEntity() && !prev.possessive && (x.lower.endsWith("ed") || x.lower.endsWith("es")
                    && !x.lower.endsWith("ies") || x.lower.endsWith("s") && x.lower.length() > 3
                    && !x.lower.endsWith("ss") && !x.lower.endsWith("us") && !x.lower.endsWith("is"));
        }
    }

    static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
