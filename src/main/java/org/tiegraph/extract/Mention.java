package org.tiegraph.extract;

/** An entity named in a sentence: document offsets of the surface text as written. */
public record Mention(String entityId, String sentenceId, int start, int end, String surface) {
}
