package org.tiegraph.extract;

import java.util.List;
import java.util.Map;

/**
 * An entity found by a discovery rule: its type, canonical name, the span of the sentence text that names it, other
 * verbatim surfaces that name it too, free properties, and the rule that found it.
 */
record Candidate(String type, String name, int start, int end, List<String> aliases, Map<String, Object> properties,
                 String rule) {
}
