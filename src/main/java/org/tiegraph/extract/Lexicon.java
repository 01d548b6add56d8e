package org.tiegraph.extract;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The small English the rules need: closed word classes, the head nouns that type a name or a descriptive phrase, the
 * nouns that refer back to an entity, and the inflected forms of trigger verbs.
 */
final class Lexicon {

    private Lexicon() {
    }

    static final Set<String> DETERMINERS = Set.of("the", "a", "an", "another", "this", "that", "these", "those", "its",
            "their", "his", "her", "our", "some", "any", "each", "every", "all", "both", "several", "numerous", "many",
            "few", "more", "most", "other", "such", "no", "various", "certain", "multiple");

    static final Set<String> PREPOSITIONS = Set.of("in", "on", "at", "to", "for", "from", "with", "by", "of", "via",
            "into", "onto", "across", "through", "between", "among", "against", "toward", "towards", "over", "under",
            "near", "within", "without", "during", "after", "before", "since", "about", "around", "along", "beyond",
            "like", "including", "per", "amid", "despite", "than", "throughout", "above", "below", "off", "until", "upon",
            "inside", "outside", "beside", "alongside");

    static final Set<String> AUXILIARIES = Set.of("is", "are", "was", "were", "be", "been", "being", "am", "has", "have",
            "had", "having", "do", "does", "did", "will", "would", "shall", "should", "can", "could", "may", "might",
            "must", "ca");

    static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "being", "am");

    static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no", "neither", "nor");

    static final Set<String> COORDINATORS = Set.of("and", "or", "&", "plus");

    /** Words that open a new clause: a subject is not looked for across them. */
    static final Set<String> CLAUSE_OPENERS = Set.of("but", "while", "whereas", "although", "though", "because",
            "however", "unless", "if", "yet", "so", "thus", "therefore", "moreover", "nevertheless", "nonetheless");

    static final Set<String> RELATIVE_PRONOUNS = Set.of("which", "who", "that", "whom");

    static final Set<String> PRONOUNS = Set.of("it", "they", "them", "its", "their", "he", "she", "his", "her", "this");

    static final Set<String> ADVERBS_OF_DEGREE = Set.of("also", "already", "often", "reportedly", "allegedly", "still", "now", "recently", "increasingly",
            "reported", "repeatedly", "regularly", "annually", "jointly", "directly", "largely", "primarily",
            "mainly", "first", "then", "only", "even", "further", "covertly", "secretly", "openly",
            "officially", "actively", "once", "again", "just", "subsequently", "later", "soon", "most", "very",
            "more", "less", "apparently", "purportedly", "likely", "possibly", "publicly", "indirectly",
            "effectively", "previously", "currently", "continue", "continued", "continues");

    static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
            "sept", "oct", "nov", "dec");

    /** Capitalised words that begin sentences or headings and name nothing. */
    static final Set<String> FUNCTION_CAPITALS = Set.of("the", "a", "an", "in", "on", "at", "since", "for", "from", "with", "by", "of", "to", "as",
            "after", "before", "during", "despite", "although", "though", "while", "when", "where", "which",
            "who", "what", "how", "why", "this", "that", "these", "those", "their", "its", "his", "her", "our",
            "we", "they", "it", "he", "she", "i", "but", "and", "or", "if", "unless", "however", "moreover",
            "nevertheless", "nonetheless", "thus", "therefore", "also", "both", "each", "all", "some", "many",
            "several", "most", "more", "other", "such", "no", "not", "there", "here", "until", "unlike",
            "like", "through", "according", "because", "due", "even", "yet", "so", "then", "initially",
            "first", "second", "third", "finally", "additionally", "furthermore", "meanwhile", "instead",
            "rather", "again", "operationally", "strategically", "historically", "recently", "today",
            "currently", "previously", "prior", "following", "given", "among", "between", "about", "around",
            "over", "under", "within", "without", "against", "toward", "towards", "across", "into", "onto",
            "upon", "per", "via", "e", "o", "is", "are", "was", "were", "has", "have", "had", "do", "does",
            "did", "can", "could", "will", "would", "should", "may", "might", "must", "see", "cited", "note",
            "ibid", "available", "accessed", "retrieved", "chapter", "section", "question", "appendix",
            "figure", "table", "page", "part", "mr", "ms", "dr", "new", "old", "key", "major", "minor",
            "recent", "early", "late", "last", "next", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "support", "continue", "work", "help", "thanks", "hacked");

    /** Head words that type a capitalised multi-word name ("Primorskii Krai" is a Place). */
    static final Map<String, String> NAME_HEADS = new LinkedHashMap<>();

    static {
        for (String w : List.of("sea", "ocean", "gulf", "bay", "strait", "straits", "krai", "kray", "oblast", "province",
                "region", "island", "islands", "peninsula", "river", "rivers", "mountains", "desert", "basin", "lake",
                "channel", "coast", "territory", "district", "city", "valley", "plateau", "archipelago", "republic",
                "prefecture", "county", "front", "shelf", "reef", "reefs", "shoal", "atoll", "passage", "zone")) {
            NAME_HEADS.put(w, "Place");
        }
        for (String w : List.of("ministry", "department", "agency", "service", "commission", "office", "staff",
                "bureau", "administration", "council", "committee", "parliament", "congress", "senate", "duma",
                "assembly", "directorate", "cabinet", "secretariat", "authority", "treasury", "court", "lab",
                "laboratory", "government", "kremlin", "politburo", "presidium", "inspectorate", "procuracy")) {
            NAME_HEADS.put(w, "GovernmentBody");
        }
        for (String w : List.of("army", "navy", "force", "forces", "fleet", "guard", "corps", "brigade", "division",
                "regiment", "battalion", "command", "marines", "militia", "troops", "flotilla", "squadron", "legion")) {
            NAME_HEADS.put(w, "MilitaryForce");
        }
        for (String w : List.of("company", "corporation", "corp", "inc", "ltd", "llc", "group", "holdings", "holding",
                "industries", "shipping", "airlines", "technologies", "enterprises", "gmbh", "jsc", "pjsc", "plc",
                "limited", "bank", "refinery", "works", "motors", "electronics", "aviation", "energy")) {
            NAME_HEADS.put(w, "Company");
        }
        for (String w : List.of("corridor", "pipeline", "route", "cable", "railway", "railroad", "bridge", "port",
                "terminal", "base", "airbase", "canal", "highway", "dam", "plant", "facility", "shipyard", "firewall",
                "interconnector", "link", "tunnel", "airport", "harbor", "harbour", "station", "mine", "cosmodrome")) {
            NAME_HEADS.put(w, "Infrastructure");
        }
        for (String w : List.of("war", "crisis", "conflict", "invasion", "summit", "conference", "incident",
                "revolution", "olympics", "forum", "uprising", "massacre", "election", "elections", "coup", "siege",
                "offensive", "battle", "dialogue", "talks", "meeting")) {
            NAME_HEADS.put(w, "Event");
        }
        for (String w : List.of("initiative", "program", "programme", "strategy", "mechanism", "plan", "concept",
                "fund", "doctrine", "project", "framework", "policy", "act", "law", "regime", "campaign", "operation")) {
            NAME_HEADS.put(w, "Initiative");
        }
        for (String w : List.of("treaty", "agreement", "accord", "accords", "pact", "convention", "protocol",
                "memorandum", "declaration", "charter", "roadmap", "communique", "statement", "partnership")) {
            NAME_HEADS.put(w, "Treaty");
        }
        for (String w : List.of("exercise", "exercises", "drill", "drills", "games", "patrol", "patrols", "maneuvers",
                "manoeuvres")) {
            NAME_HEADS.put(w, "Exercise");
        }
        for (String w : List.of("organization", "organisation", "institute", "association", "union", "alliance",
                "foundation", "endowment", "center", "centre", "university", "academy", "society", "federation",
                "league", "club", "party", "movement", "network", "coalition", "consortium", "chamber", "board")) {
            NAME_HEADS.putIfAbsent(w, "Organization");
        }
        for (String w : List.of("system", "missile", "missiles", "drone", "drones", "satellite", "satellites",
                "aircraft", "fighter", "jet", "helicopter", "submarine", "tank", "rifle", "launcher", "radar",
                "vehicle", "rocket", "torpedo", "warhead", "engine", "chip", "chips")) {
            NAME_HEADS.put(w, "Item");
        }
        for (String w : List.of("empire", "kingdom", "emirate", "emirates", "sultanate", "caliphate")) {
            NAME_HEADS.put(w, "State");
        }
    }

    /** Lower-case head nouns of descriptive groups the text treats as actors ("Chinese companies"). */
    static final Map<String, String> GROUP_HEADS = new LinkedHashMap<>();

    static {
        for (String w : List.of("companies", "company", "firms", "firm", "entities", "entity", "refineries", "refinery",
                "enterprises", "enterprise", "suppliers", "manufacturers", "manufacturer", "businesses", "banks",
                "traders", "exporters", "vendors", "subsidiaries", "producers", "shipyards", "contractors",
                "intermediaries", "shell companies", "front companies", "conglomerates", "state-owned enterprises")) {
            GROUP_HEADS.put(w, "Company");
        }
        for (String w : List.of("troops", "forces", "soldiers", "navy", "navies", "military", "armed forces",
                "coast guard", "coast guards", "special forces", "mercenaries", "personnel", "units", "servicemen")) {
            GROUP_HEADS.put(w, "MilitaryForce");
        }
        for (String w : List.of("port", "ports", "city", "cities", "region", "regions", "province", "provinces",
                "territory", "territories", "island", "islands")) {
            GROUP_HEADS.put(w, "Place");
        }
        for (String w : List.of("vessel", "vessels", "ship", "ships", "tanker", "tankers", "freighter", "freighters",
                "warships", "warship", "fishing vessels", "cargo ship", "cargo ships", "trawlers")) {
            GROUP_HEADS.put(w, "Vessel");
        }
        for (String w : List.of("cable", "cables", "pipeline", "pipelines", "base", "bases", "railway", "railways",
                "corridor", "corridors", "terminal", "terminals", "naval base", "airbase", "airbases", "facility",
                "facilities", "plant", "plants", "shipyard", "interconnector")) {
            GROUP_HEADS.put(w, "Infrastructure");
        }
    }

    /** Lower-case item heads that a demonym turns into a descriptive item ("Iranian oil", "Chinese systems"). */
    static final Set<String> ITEM_HEADS = Set.of("oil", "gas", "crude", "weapons", "weapon", "arms", "systems",
            "system", "missiles", "missile", "drones", "drone", "equipment", "technology", "technologies", "components",
            "parts", "goods", "items", "ammunition", "munitions", "shells", "aircraft", "helicopters", "submarines",
            "warships", "tanks", "vehicles", "chips", "semiconductors", "electronics", "machinery", "machine tools",
            "exports", "imports", "coal", "grain", "fuel", "lng", "uranium", "materials", "products", "supplies",
            "engines", "rifles", "trucks", "satellites", "software", "hardware", "know-how",
            "fighters", "jets", "launchers", "radars", "artillery", "rockets", "torpedoes", "sensors", "microelectronics");

    /** Nouns that, with "the"/"this", refer back to the latest entity of a type ("the treaty"). */
    static final Map<String, String> ANAPHOR_HEADS = new LinkedHashMap<>();

    static {
        for (String w : List.of("treaty", "agreement", "accord", "pact", "deal", "roadmap", "roadmaps", "agreements",
                "treaties", "contract", "contracts")) {
            ANAPHOR_HEADS.put(w, "Treaty");
        }
        for (String w : List.of("exercise", "exercises", "drill", "drills", "patrol", "patrols", "maneuvers",
                "war games")) {
            ANAPHOR_HEADS.put(w, "Exercise");
        }
        for (String w : List.of("sanctions", "sanction", "restrictions", "measures", "designations")) {
            ANAPHOR_HEADS.put(w, "Sanction");
        }
        for (String w : List.of("vessel", "ship", "tanker", "freighter")) {
            ANAPHOR_HEADS.put(w, "Vessel");
        }
        for (String w : List.of("route", "corridor", "pipeline", "cable", "railway", "base", "port", "bridge")) {
            ANAPHOR_HEADS.put(w, "Infrastructure");
        }
        for (String w : List.of("war", "conflict", "invasion", "incident", "summit")) {
            ANAPHOR_HEADS.put(w, "Event");
        }
        for (String w : List.of("initiative", "program", "programme", "project", "strategy")) {
            ANAPHOR_HEADS.put(w, "Initiative");
        }
        for (String w : List.of("company", "firm", "companies", "firms", "refineries")) {
            ANAPHOR_HEADS.put(w, "Company");
        }
        for (String w : List.of("ministry", "agency", "commission", "department", "office")) {
            ANAPHOR_HEADS.put(w, "GovernmentBody");
        }
        for (String w : List.of("island", "region", "sea", "city")) {
            ANAPHOR_HEADS.put(w, "Place");
        }
    }

    /** Plural nouns for states taken together: "the two countries", "both sides", "the three navies". */
    static final Set<String> STATE_GROUP_NOUNS = Set.of("countries", "states", "sides", "nations", "parties",
            "powers", "governments", "navies", "militaries", "partners", "neighbors", "neighbours", "allies",
            "capitals", "leaders", "armies");

    static final Map<String, Integer> NUMBER_WORDS = Map.of("two", 2, "three", 3, "four", 4, "five", 5, "both", 2);

    /** Titles written before a person's name. */
    static final Set<String> PERSON_TITLES = Set.of("general", "gen.", "admiral", "adm.", "colonel", "col.", "marshal",
            "president", "premier", "vice-premier", "minister", "secretary", "senator", "sen.", "representative",
            "rep.", "ambassador", "chairman", "chairwoman", "director", "commander", "chief", "captain", "capt.",
            "dr.", "mr.", "ms.", "mrs.", "professor", "prof.", "king", "prince", "leader", "spokesman", "spokeswoman",
            "spokesperson", "historian", "analyst", "scholar", "expert", "researcher", "envoy", "lieutenant",
            "major", "sergeant", "deputy", "governor", "mayor", "chancellor", "ceo", "founder", "head", "official",
            "journalist", "economist", "dictator", "ayatollah", "sheikh", "emir", "lt.", "maj.", "brig.");

    /** Nouns naming a person's role in an apposition: "X, the leading Chinese historian of ...". */
    static final Set<String> ROLE_NOUNS = Set.of("national", "citizen", "businessman", "businesswoman", "executive",
            "broker", "financier", "oligarch", "historian", "analyst", "scholar", "expert", "researcher",
            "spokesman", "spokeswoman", "spokesperson", "official", "minister", "president", "premier", "envoy",
            "ambassador", "general", "admiral", "commander", "chief", "head", "director", "chairman", "leader",
            "secretary", "professor", "journalist", "economist", "diplomat", "captain", "founder", "ceo", "adviser",
            "advisor", "deputy", "governor", "senator", "officer", "owner");

    /** Role nouns that make the person the head of the organisation named after "of". */
    static final Set<String> HEAD_ROLES = Set.of("chief", "head", "director", "chairman", "chairwoman", "commander",
            "president", "premier", "minister", "secretary", "leader", "governor", "ceo", "director-general",
            "commander-in-chief", "chair");

    static final Set<String> SPOKES_ROLES = Set.of("spokesman", "spokeswoman", "spokesperson");

    // ---- verb forms -------------------------------------------------------------------------------------------

    /** Inflection of a trigger word: its lemma and whether the form is a past participle or an -ing form. */
    record Form(String lemma, boolean participle, boolean gerund, boolean thirdPerson) {
    }

    private static final Map<String, String[]> IRREGULAR = Map.ofEntries(
            Map.entry("send", new String[]{"sent"}), Map.entry("sell", new String[]{"sold"}),
            Map.entry("give", new String[]{"gave", "given"}), Map.entry("take", new String[]{"took", "taken"}),
            Map.entry("make", new String[]{"made"}), Map.entry("buy", new String[]{"bought"}),
            Map.entry("hold", new String[]{"held"}), Map.entry("lead", new String[]{"led"}),
            Map.entry("build", new String[]{"built"}), Map.entry("fight", new String[]{"fought"}),
            Map.entry("begin", new String[]{"began", "begun"}), Map.entry("seek", new String[]{"sought"}),
            Map.entry("bring", new String[]{"brought"}), Map.entry("meet", new String[]{"met"}),
            Map.entry("say", new String[]{"said"}), Map.entry("find", new String[]{"found"}),
            Map.entry("see", new String[]{"saw", "seen"}), Map.entry("run", new String[]{"ran"}),
            Map.entry("draw", new String[]{"drew", "drawn"}), Map.entry("cut", new String[]{"cut"}),
            Map.entry("put", new String[]{"put"}), Map.entry("set", new String[]{"set"}),
            Map.entry("undertake", new String[]{"undertook", "undertaken"}), Map.entry("sink", new String[]{"sank", "sunk"}),
            Map.entry("strike", new String[]{"struck"}), Map.entry("shoot", new String[]{"shot"}),
            Map.entry("steal", new String[]{"stole", "stolen"}), Map.entry("write", new String[]{"wrote", "written"}),
            Map.entry("show", new String[]{"showed", "shown"}), Map.entry("teach", new String[]{"taught"}),
            Map.entry("win", new String[]{"won"}), Map.entry("lose", new String[]{"lost"}),
            Map.entry("become", new String[]{"became"}), Map.entry("come", new String[]{"came"}),
            Map.entry("go", new String[]{"went", "gone"}), Map.entry("leave", new String[]{"left"}),
            Map.entry("spend", new String[]{"spent"}), Map.entry("lend", new String[]{"lent"}),
            Map.entry("deal", new String[]{"dealt"}), Map.entry("freeze", new String[]{"froze", "frozen"}),
            Map.entry("forbid", new String[]{"forbade", "forbidden"}), Map.entry("mean", new String[]{"meant"}),
            Map.entry("withdraw", new String[]{"withdrew", "withdrawn"}), Map.entry("fly", new String[]{"flew", "flown"}),
            Map.entry("ride", new String[]{"rode"}), Map.entry("speak", new String[]{"spoke", "spoken"}),
            Map.entry("pay", new String[]{"paid"}), Map.entry("get", new String[]{"got", "gotten"}),
            Map.entry("keep", new String[]{"kept"}), Map.entry("think", new String[]{"thought"}),
            Map.entry("understand", new String[]{"understood"}), Map.entry("arise", new String[]{"arose", "arisen"}));

    private static final Map<String, Form> FORMS = new HashMap<>();

    /** Registers every inflected form of a (one-word) verb. */
    static void registerVerb(String lemma) {
        put(lemma, new Form(lemma, false, false, false));
        put(thirdPerson(lemma), new Form(lemma, false, false, true));
        for (String past : pasts(lemma)) {
            put(past, new Form(lemma, true, false, false));
        }
        for (String ing : gerunds(lemma)) {
            put(ing, new Form(lemma, false, true, false));
        }
        String[] irregular = IRREGULAR.get(lemma);
        if (irregular != null) {
            for (String f : irregular) {
                put(f, new Form(lemma, true, false, false));
            }
        }
    }

    private static void put(String form, Form f) {
        FORMS.putIfAbsent(form, f);
    }

    static Form form(String word) {
        return FORMS.get(word);
    }

    private static String thirdPerson(String v) {
        if (v.endsWith("y") && v.length() > 2 && !isVowel(v.charAt(v.length() - 2))) {
            return v.substring(0, v.length() - 1) + "ies";
        }
        if (v.endsWith("s") || v.endsWith("sh") || v.endsWith("ch") || v.endsWith("x") || v.endsWith("z")
                || v.endsWith("o")) {
            return v + "es";
        }
        return v + "s";
    }

    private static List<String> pasts(String v) {
        if (v.endsWith("e")) {
            return List.of(v + "d");
        }
        if (v.endsWith("y") && v.length() > 2 && !isVowel(v.charAt(v.length() - 2))) {
            return List.of(v.substring(0, v.length() - 1) + "ied");
        }
        if (doublesFinal(v)) {
            return List.of(v + v.charAt(v.length() - 1) + "ed", v + "ed");
        }
        return List.of(v + "ed");
    }

    private static List<String> gerunds(String v) {
        if (v.endsWith("ie")) {
            return List.of(v.substring(0, v.length() - 2) + "ying");
        }
        if (v.endsWith("e") && !v.endsWith("ee")) {
            return List.of(v.substring(0, v.length() - 1) + "ing");
        }
        if (doublesFinal(v)) {
            return List.of(v + v.charAt(v.length() - 1) + "ing", v + "ing");
        }
        return List.of(v + "ing");
    }

    private static boolean doublesFinal(String v) {
        int n = v.length();
        return n >= 3 && !isVowel(v.charAt(n - 1)) && "wxy".indexOf(v.charAt(n - 1)) < 0 && isVowel(v.charAt(n - 2))
                && !isVowel(v.charAt(n - 3));
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }
}
