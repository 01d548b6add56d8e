package org.tiegraph.extract;

import org.tiegraph.catalogue.Modality;

/**
 * Why an edge exists: the verbatim quote ({@code document.text().substring(start, end)}) inside one sentence, the year
 * the text gives (null when none), modality and attribution, the rule that fired and its confidence.
 */
public record Evidence(String documentId, String sentenceId, int start, int end, String quote, String year,
                       Modality modality, String attribution, String rule, double confidence, String predicate) {
}
