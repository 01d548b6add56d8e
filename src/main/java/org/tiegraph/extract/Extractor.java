package org.tiegraph.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.tiegraph.ingest.ParsedDocument;
import org.tiegraph.ingest.Sentence;

/**
 * The extract stage: turns a parsed document into entities, mentions and grounded, typed edges. Offline, deterministic
 * and rule-based: a catalogue gazetteer (Aho-Corasick), discovery rules for entities the catalogue lacks, simple
 * anaphora, relation patterns with typed slots, and evidence (verbatim quote, year, modality, attribution) for every
 * edge. Edges the catalogue does not allow are refused and reported.
 */
public final class Extractor {

    private static final int NAME_RULE_REPEATS = 2;

    private final Catalogue catalogue;
    private final Gazetteer known = new Gazetteer();
    private final Discovery discovery;
    private final RelationRules rules;

    public Extractor(Catalogue catalogue) {
        this.catalogue = catalogue;
        for (Catalogue.KnownEntity k : catalogue.entities()) {
            known.add(k.name(), k.id(), k.type());
            for (String a : k.aliases()) {
                known.add(a, k.id(), k.type());
            }
        }
        known.build();
        this.discovery = new Discovery(catalogue);
        this.rules = new RelationRules(catalogue);
    }

    public Extraction extract(ParsedDocument parsed) {
        return new Run(parsed).run();
    }

    /** An entity being assembled for one document. */
    private static final class Builder {
        final String id;
        final String type;
        final String name;
        final Set<String> aliases = new LinkedHashSet<>();
        final Map<String, Object> properties = new LinkedHashMap<>();
        final boolean discovered;
        boolean used;

        Builder(String id, String type, String name, boolean discovered) {
            this.id = id;
            this.type = type;
            this.name = name;
            this.discovered = discovered;
        }

        Entity build() {
            return new Entity(id, type, name, Collections.unmodifiableSet(new LinkedHashSet<>(aliases)),
                    Collections.unmodifiableMap(new LinkedHashMap<>(properties)), discovered);
        }
    }

    /** One document's extraction. */
    private final class Run {
        final ParsedDocument parsed;
        final String docText;
        final String docId;
        final Map<String, Builder> entities = new LinkedHashMap<>();
        final Gazetteer local = new Gazetteer();
        final List<Mention> mentions = new ArrayList<>();
        final Map<String, Edge> edges = new LinkedHashMap<>();
        final List<Extraction.Rejection> rejected = new ArrayList<>();
        final Set<String> unresolved = new LinkedHashSet<>();
        final Map<String, Integer> nameRuleCount = new HashMap<>();
        final Discourse discourse;
        int current;

        Run(ParsedDocument parsed) {
            this.parsed = parsed;
            this.docText = parsed.document().text();
            this.docId = parsed.document().id();
            this.discourse = new Discourse(catalogue);
        }

        Extraction run() {
            List<Sentence> sentences = parsed.sentences();
            for (Sentence s : sentences) {
                discover(s);
            }
            int index = 0;
            for (Sentence s : sentences) {
                relate(s, index++);
            }
            List<Entity> out = new ArrayList<>();
            Set<String> names = new LinkedHashSet<>();
            for (Builder b : entities.values()) {
                if (b.used) {
                    out.add(b.build());
                    names.add(NormalizedText.fold(b.name));
                    b.aliases.forEach(a -> names.add(NormalizedText.fold(a)));
                }
            }
            List<String> open = new ArrayList<>();
            for (String u : unresolved) {
                if (!names.contains(NormalizedText.fold(u))) {
                    open.add(u);
                }
            }
            return new Extraction(parsed, List.copyOf(out), List.copyOf(mentions), List.copyOf(edges.values()),
                    List.copyOf(rejected), List.copyOf(open));
        }

        // ---- entities --------------------------------------------------------------------------------------------

        Builder knownEntity(String id) {
            Builder b = entities.get(id);
            if (b == null) {
                Catalogue.KnownEntity k = catalogue.entity(id);
                b = new Builder(k.id(), k.type(), k.name(), false);
                b.aliases.addAll(k.aliases());
                b.properties.putAll(k.properties());
                entities.put(id, b);
            }
            return b;
        }

        Builder discovered(String type, String name) {
            String clean = Discovery.cleanName(name);
            String id = Slugs.of(clean);
            Catalogue.KnownEntity k = catalogue.entity(id);
            if (k != null && k.type().equals(type)) {
                return knownEntity(id);
            }
            Builder existing = entities.get(id);
            if (k != null || existing != null && !existing.type.equals(type)) {
                id = id + "-" + type.toLowerCase(Locale.ROOT);
                existing = entities.get(id);
            }
            if (existing == null) {
                existing = new Builder(id, type, clean, true);
                existing.aliases.add(clean);
                entities.put(id, existing);
                local.add(clean, id, type);
            }
            return existing;
        }

        void alias(Builder b, String alias) {
            String a = alias.replaceAll("\\s+", " ").strip();
            if (!a.isEmpty()) {
                b.aliases.add(a);
                local.add(a, b.id, b.type);
            }
        }

        void discover(Sentence s) {
            List<Gazetteer.Match> kn = Gazetteer.longestNonOverlapping(known.findAll(Discovery.maskUrls(s.text())));
            Discovery.Result r = discovery.discover(s.text(), kn);
            for (Candidate c : r.candidates()) {
                Builder b = discovered(c.type(), c.name());
                for (String a : c.aliases()) {
                    alias(b, a);
                }
                c.properties().forEach(b.properties::putIfAbsent);
            }
            for (Discovery.AliasHint h : r.aliases()) {
                Builder owner = ownerAt(s.text(), kn, r.candidates(), h.ownerStart(), h.ownerEnd());
                if (owner != null) {
                    alias(owner, h.alias());
                }
            }
            unresolved.addAll(r.unresolved());
        }

        Builder ownerAt(String text, List<Gazetteer.Match> kn, List<Candidate> cands, int start, int end) {
            for (Candidate c : cands) {
                if (c.start() == start && c.end() == end) {
                    return discovered(c.type(), c.name());
                }
            }
            for (Gazetteer.Match m : kn) {
                if (m.start() == start && m.end() == end) {
                    return knownEntity(m.targets().getFirst().entityId());
                }
            }
            return null;
        }

        Builder builder(String id) {
            return entities.containsKey(id) ? entities.get(id) : knownEntity(id);
        }

        Unit.Ref ref(Gazetteer.Target t) {
            Builder b = entities.containsKey(t.entityId()) ? entities.get(t.entityId()) : knownEntity(t.entityId());
            return new Unit.Ref(b.id, b.type);
        }

        // ---- sentences -------------------------------------------------------------------------------------------

        void relate(Sentence s, int index) {
            current = index;
            discourse.enterSection(s.sectionId());
            String text = s.text();
            String masked = Discovery.maskUrls(text);
            List<Gazetteer.Match> all = new ArrayList<>(known.findAll(masked));
            all.addAll(local.findAll(masked));
            List<Gazetteer.Match> found = Gazetteer.longestNonOverlapping(all);
            List<Unit> units = units(text, found);
            units = anaphora(text, units, index);
            Map<String, List<Unit.Ref>> embedded = embedded(units);
            for (Unit x : units) {
                if (x.isEntity()) {
                    for (Unit.Ref r : x.refs) {
                        entities.get(r.id()).used = true;
                        mentions.add(new Mention(r.id(), s.id(), s.documentOffset(x.start), s.documentOffset(x.end),
                                x.text));
                    }
                }
            }
            List<Draft> drafts = rules.apply(units, discourse, index, this::make, embedded);
            List<EvidenceBuilder.Report> reports = EvidenceBuilder.reports(units);
            for (Draft d : drafts) {
                ground(s, units, reports, d);
            }
        }

        Unit.Ref make(String type, String name, String alias) {
            Builder b = discovered(type, name);
            if (alias != null) {
                alias(b, alias);
            }
            b.used = true;
            Unit.Ref ref = new Unit.Ref(b.id, b.type);
            discourse.saw(ref, current);
            return ref;
        }

        List<Unit> units(String text, List<Gazetteer.Match> found) {
            List<Tokenizer.Token> tokens = Tokenizer.tokenize(text);
            List<Unit> out = new ArrayList<>();
            int m = 0;
            for (int i = 0; i < tokens.size(); i++) {
                Tokenizer.Token t = tokens.get(i);
                while (m < found.size() && found.get(m).end() <= t.start()) {
                    m++;
                }
                if (m < found.size() && found.get(m).start() < t.end()) {
                    Gazetteer.Match g = found.get(m);
                    int start = Math.min(t.start(), g.start());
                    int end = g.end();
                    while (i + 1 < tokens.size() && tokens.get(i + 1).start() < g.end()) {
                        i++;
                        end = Math.max(end, tokens.get(i).end());
                    }
                    end = Math.max(end, t.end());
                    List<Unit.Ref> refs = List.of(ref(g.targets().getFirst()));
                    out.add(new Unit(Unit.Kind.ENTITY, start, end, text.substring(start, end), refs, false));
                    m++;
                    continue;
                }
                if ((t.text().equals("’s") || t.text().equals("'s")) && !out.isEmpty() && out.getLast().isEntity()) {
                    out.getLast().possessive = true;
                    continue;
                }
                out.add(new Unit(t.kind(), t.start(), t.end(), t.text(), List.of(), false));
            }
            return out;
        }

        /** "the treaty", "this route", "the two countries", "the three navies": the entities they refer back to. */
        List<Unit> anaphora(String text, List<Unit> units, int sentence) {
            List<Unit> out = new ArrayList<>();
            for (int i = 0; i < units.size(); i++) {
                Unit x = units.get(i);
                if (x.isEntity()) {
                    x.refs.forEach(r -> discourse.saw(r, sentence));
                    out.add(x);
                    continue;
                }
                int[] span = new int[1];
                List<Unit.Ref> refs = resolve(units, i, sentence, span);
                if (refs.isEmpty()) {
                    out.add(x);
                    continue;
                }
                int last = span[0];
                Unit a = new Unit(Unit.Kind.ENTITY, x.start, units.get(last).end,
                        text.substring(x.start, units.get(last).end), refs, true);
                if (refs.size() == 1 && last > i) {
                    alias(builder(refs.getFirst().id()), a.text);
                }
                a.possessive = units.get(last).possessive;
                out.add(a);
                i = last;
            }
            return out;
        }

        List<Unit.Ref> resolve(List<Unit> u, int i, int sentence, int[] span) {
            Unit x = u.get(i);
            // "the two countries", "both countries", "the three navies"
            if (x.is("the") && i + 2 < u.size() && Lexicon.NUMBER_WORDS.containsKey(u.get(i + 1).lower)
                    && u.get(i + 2).in(Lexicon.STATE_GROUP_NOUNS)) {
                span[0] = i + 2;
                return states(Lexicon.NUMBER_WORDS.get(u.get(i + 1).lower), sentence);
            }
            if (x.is("both") && i + 1 < u.size() && u.get(i + 1).in(Lexicon.STATE_GROUP_NOUNS)) {
                span[0] = i + 1;
                return states(2, sentence);
            }
            boolean definite = x.in(Set.of("the", "this", "these", "that", "those"));
            boolean indefinite = x.in(Set.of("a", "an"));
            if (!definite && !indefinite) {
                // a bare plural right after named exercises: "search and rescue exercises in the Gulf of Oman"
                if (x.in(Set.of("exercises", "drills")) && i > 0 && !u.get(i - 1).isEntity() && !namedAfter(u, i)
                        && !u.get(i - 1).in(Lexicon.DETERMINERS) && !u.get(i - 1).capitalized()) {
                    Unit.Ref r = discourse.latest("Exercise", sentence, 1);
                    if (r != null) {
                        span[0] = i;
                        return List.of(r);
                    }
                }
                return List.of();
            }
            int j = i + 1;
            while (j < u.size() && j - i <= 4 && u.get(j).isWord() && !u.get(j).capitalized()
                    && !Lexicon.ANAPHOR_HEADS.containsKey(u.get(j).lower) && !u.get(j).in(Lexicon.PREPOSITIONS)
                    && !u.get(j).in(Lexicon.AUXILIARIES) && Lexicon.form(u.get(j).lower) == null
                    || j < u.size() && j - i <= 4 && u.get(j).is("-")) {
                j++;
            }
            if (j >= u.size() || !u.get(j).isWord() || u.get(j).capitalized()) {
                return List.of();
            }
            String head = u.get(j).lower;
            String type = Lexicon.ANAPHOR_HEADS.get(head);
            if (type == null) {
                return List.of();
            }
            Unit next = j + 1 < u.size() ? u.get(j + 1) : null;
            if (namedAfter(u, j)) {
                return List.of();
            }
            if (next != null && (next.isEntity() || next.capitalized() && next.isWord()
                    || next.is("of") && !type.equals("Exercise") || next.is("-"))) {
                return List.of();
            }
            if (indefinite && !type.equals("Exercise")) {
                return List.of();
            }
            Unit.Ref r = discourse.latest(type, sentence, indefinite ? 1 : 3);
            if (r == null) {
                return List.of();
            }
            span[0] = j;
            return List.of(r);
        }

        /** The states "the two countries" means: the latest subject of that many states, else the latest states named. */
        List<Unit.Ref> states(int n, int sentence) {
            List<Unit.Ref> here = discourse.latestStates(n, sentence, 0);
            if (!here.isEmpty()) {
                return here;
            }
            List<Unit.Ref> group = discourse.lastStateGroup(n, sentence, 3);
            return group.isEmpty() ? discourse.latestStates(n, sentence, 3) : group;
        }

        /** "exercises, known as the Maritime Security Belt": the phrase is named right after. */
        boolean namedAfter(List<Unit> u, int j) {
            return j + 2 < u.size() && u.get(j + 1).text.equals(",")
                    && (u.get(j + 2).is("known") || u.get(j + 2).is("called") || u.get(j + 2).is("dubbed"));
        }

        /** The entities named inside each entity mention: "Chinese companies in Xinjiang" holds China and Xinjiang. */
        Map<String, List<Unit.Ref>> embedded(List<Unit> units) {
            Map<String, List<Unit.Ref>> out = new HashMap<>();
            for (Unit x : units) {
                if (!x.isEntity() || x.anaphor || x.refs.size() != 1) {
                    continue;
                }
                String key = x.refs.getFirst().id() + "\u0000" + x.text;
                if (out.containsKey(key)) {
                    continue;
                }
                List<Gazetteer.Match> catalogued = new ArrayList<>(known.findAll(x.text));
                List<Gazetteer.Match> found = new ArrayList<>(local.findAll(x.text));
                catalogued.removeIf(m -> m.start() == 0 && m.end() == x.text.length());
                found.removeIf(m -> m.start() == 0 && m.end() == x.text.length());
                List<Gazetteer.Match> all = new ArrayList<>(Gazetteer.longestNonOverlapping(catalogued));
                all.addAll(Gazetteer.longestNonOverlapping(found));
                List<Unit.Ref> inner = new ArrayList<>();
                for (Gazetteer.Match m : all) {
                    Unit.Ref r = ref(m.targets().getFirst());
                    if (!r.id().equals(x.refs.getFirst().id()) && !inner.contains(r)) {
                        inner.add(r);
                    }
                }
                out.put(key, inner);
            }
            return out;
        }

        // ---- edges -----------------------------------------------------------------------------------------------

        void ground(Sentence s, List<Unit> units, List<EvidenceBuilder.Report> reports, Draft d) {
            String type = d.type();
            Unit.Ref src = d.source();
            Unit.Ref tgt = d.target();
            String predicate = d.predicate();
            double confidence = d.confidence();
            String rule = d.rule();
            if (!catalogue.allows(type, src.type(), tgt.type())) {
                rejected.add(new Extraction.Rejection(src.id(), type, tgt.id(), s.id(),
                        "catalogue does not allow " + type + " from " + src.type() + " to " + tgt.type()));
                if (!rule.startsWith("verb-") || d.trigger() < 0 || "Item".equals(src.type()) || "Item".equals(tgt.type())) {
                    return;
                }
                predicate = predicate != null ? predicate : units.get(d.trigger()).text;
                type = "RELATED_TO";
                confidence = Math.round(confidence * 60) / 100.0;
                rule = rule + "-untyped";
            }
            if (rule.equals("name-embedded")) {
                String key = src.id() + "|" + type + "|" + tgt.id();
                int seen = nameRuleCount.merge(key, 1, Integer::sum);
                if (seen > NAME_RULE_REPEATS) {
                    return;
                }
            }
            if (catalogue.edgeTypes().get(type).symmetric() && src.id().compareTo(tgt.id()) > 0) {
                Unit.Ref t = src;
                src = tgt;
                tgt = t;
            }
            int[] q = EvidenceBuilder.quote(s, docText, units, d);
            if (q == null) {
                rejected.add(new Extraction.Rejection(src.id(), type, tgt.id(), s.id(), "no verbatim quote in one segment"));
                return;
            }
            String quote = docText.substring(q[0], q[1]);
            String[] attribution = new String[1];
            Modality modality = EvidenceBuilder.modality(units, reports, d, attribution);
            String year = EvidenceBuilder.year(s, docText, q, units, d);
            if (predicate == null && d.trigger() >= 0 && rule.startsWith("verb-")) {
                predicate = units.get(d.trigger()).text;
            }
            Evidence ev = new Evidence(docId, s.id(), q[0], q[1], quote, year, modality, attribution[0], rule,
                    confidence, predicate);
            builder(src.id()).used = true;
            builder(tgt.id()).used = true;
            String key = src.id() + "|" + type + "|" + tgt.id() + "|" + s.id();
            Edge existing = edges.get(key);
            if (existing == null || existing.evidence().confidence() < confidence) {
                edges.put(key, new Edge(src.id(), type, tgt.id(), ev));
            }
        }
    }
}
