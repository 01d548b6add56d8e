package org.tiegraph.extract.nlp;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the names found before parsing tell the parser: corrected tags by token index ("NNP" for a word of a name,
 * "NN" for a word of a lower-case entity, "VBG" for a gerund read as an adjective, "VBD" for the verb read as a
 * participle in "OFAC designated …") and the token ranges of the
 * multi-word names, each parsed as one word; and the objects of idioms whose infinitive the subject does ("take this
 * opportunity to announce").
 */
public record ParseHints(Map<Integer, String> tags, List<Range> names, Set<Integer> idiomObjects,
                         Set<Integer> instrumentVerbs) {

    /** Tokens {@code first} to {@code last} (0-based, inclusive). */
    public record Range(int first, int last) {
    }

    public static final ParseHints NONE = new ParseHints(Map.of(), List.of(), Set.of(), Set.of());
}
