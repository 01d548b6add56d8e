package org.tiegraph.extract;

/** A typed, directed domain relation between two entities with the evidence that grounds it. */
public record Edge(String sourceId, String type, String targetId, Evidence evidence) {
}
