package org.tiegraph.extract;

import java.util.Map;
import java.util.Set;

/**
 * A thing the graph talks about. {@code type} is a catalogue entity type (State, Company, Item, ...); ids are stable
 * slugs (catalogue ids for known entities, derived from type and normalised name for discovered ones).
 */
public record Entity(String id, String type, String name, Set<String> aliases, Map<String, Object> properties,
                     boolean discovered) {
}
