package org.tiegraph.extract;

import org.tiegraph.catalogue.Catalogue;
import org.tiegraph.catalogue.Lexicon;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.tiegraph.extract.nlp.LanguageModel;
import org.tiegraph.extract.nlp.TaggedSentence;
import org.tiegraph.ingest.ParsedDocument;
import org.tiegraph.ingest.Sentence;

/**
 * The extract stage: turns a parsed document into entities, mentions and grounded, typed edges. Offline and
 * deterministic: Stanford CoreNLP parses each sentence (tokens, tags, lemmas, named entities, Universal Dependencies);
 * the catalogue gazetteer, name discovery and item phrases find the entities; relation patterns declared as data
 * propose edges; each edge is grounded in a verbatim quote with its modality and year. Edges the catalogue does not
 * allow are refused and reported. The vocabulary (lexicon, relation rules) is loaded and validated when the extractor
 * is built; the language model is loaded on first use.
 */
public final class Extractor {

    /** Sentences longer than this are not parsed (their catalogue names are still found): a run-on text, not prose. */
    static final int MAX_PARSED_CHARS = 1_500;

    /** The pseudo-rule of the edge a group's qualifier gives ("Chinese companies" BASED_IN China). */
    static final RelationRules.Rule GROUP_RULE = new RelationRules.Rule("group-qualifier", "structure", null,
            List.of(), Map.of(), Map.of(), false, false, 0.7);
    /** The pseudo-rule of the edge an organisation's name gives ("Russian Coast Guard" PART_OF Russia). */
    static final RelationRules.Rule NAME_RULE = new RelationRules.Rule("name-qualifier", "structure", null,
            List.of(), Map.of(), Map.of(), false, false, 0.7);

    /** What a document's reading shares across documents: vocabulary, matchers and readers. */
    record Parts(Catalogue catalogue, Lexicon lexicon, Gazetteer known, NameFinder names, ItemFinder items,
                 RelationMatcher matcher, ModalityReader modality) {
    }

    private final Parts parts;
    private final Supplier<LanguageModel> language;

    /** An extractor using the process's shared language model. */
    public Extractor(Catalogue catalogue) {
        this(catalogue, LanguageModel::shared);
    }

    public Extractor(Catalogue catalogue, Supplier<LanguageModel> language) {
        Lexicon lexicon = Lexicon.load(catalogue);
        Gazetteer known = new Gazetteer();
        for (Catalogue.KnownEntity k : catalogue.entities()) {
            known.add(k.name(), k.id(), k.type());
            for (String a : k.aliases()) {
                known.add(a, k.id(), k.type());
            }
        }
        known.build();
        RelationRules rules = RelationRules.load(catalogue);
        this.parts = new Parts(catalogue, lexicon, known, new NameFinder(lexicon), new ItemFinder(lexicon),
                new RelationMatcher(rules, lexicon, catalogue), new ModalityReader(lexicon));
        this.language = language;
    }

    /** Extraction that ran past its deadline and was stopped between two sentences. */
    public static final class OutOfTime extends RuntimeException {
        OutOfTime() {
            super("extraction ran past its deadline", null, false, false);
        }
    }

    public Extraction extract(ParsedDocument parsed) {
        return extract(parsed, line -> { }, Instant.MAX);
    }

    /**
     * As {@link #extract(ParsedDocument)}, stopped with {@link OutOfTime} once {@code deadline} has passed (the parse
     * of one sentence is the longest it runs on).
     */
    public Extraction extract(ParsedDocument parsed, Instant deadline) {
        return extract(parsed, line -> { }, deadline);
    }

    /** As {@link #extract(ParsedDocument)}, telling {@code trace} what each sentence yielded (for rule authors). */
    public Extraction extract(ParsedDocument parsed, java.util.function.Consumer<String> trace) {
        return extract(parsed, trace, Instant.MAX);
    }

    private Extraction extract(ParsedDocument parsed, java.util.function.Consumer<String> trace, Instant deadline) {
        LanguageModel model = language.get();
        List<TaggedSentence> tagged = parsed.sentences().parallelStream().map(s -> tag(model, s, deadline)).toList();
        inTime(deadline);
        return new DocumentReading(parts, parsed, tagged, model, trace).run();
    }

    private static void inTime(Instant deadline) {
        if (Instant.now().isAfter(deadline)) {
            throw new OutOfTime();
        }
    }

    private static TaggedSentence tag(LanguageModel model, Sentence s, Instant deadline) {
        inTime(deadline);
        String text = DocumentReading.maskUrls(s.text());
        return text.length() > MAX_PARSED_CHARS ? model.untagged(text) : model.tag(text);
    }
}
