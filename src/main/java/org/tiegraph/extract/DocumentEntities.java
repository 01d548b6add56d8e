package org.tiegraph.extract;

import org.tiegraph.catalogue.Catalogue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The entities of one document while it is read: catalogue entities it names, entities it introduces (with the short
 * forms it defines for them), and a gazetteer of this document's own names. Short names ("Gazaryan" for "Rafael
 * Anatolyevich Gazaryan") are matched within the document only and never become aliases, so they cannot merge
 * entities across documents.
 */
final class DocumentEntities {

    /** An entity being assembled. */
    static final class Builder {
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

    private final Catalogue catalogue;
    private final Map<String, Builder> entities = new LinkedHashMap<>();
    private final Gazetteer local = new Gazetteer();
    private final Map<String, String> surnames = new LinkedHashMap<>();
    private final Map<String, Builder> byAlias = new java.util.HashMap<>();

    DocumentEntities(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    Gazetteer local() {
        return local;
    }

    Builder get(String id) {
        Builder b = entities.get(id);
        return b != null ? b : known(id);
    }

    /** A catalogue entity, with its catalogue aliases and properties. */
    Builder known(String id) {
        return entities.computeIfAbsent(id, k -> {
            Catalogue.KnownEntity e = catalogue.entity(k);
            Builder b = new Builder(e.id(), e.type(), e.name(), false);
            b.aliases.addAll(e.aliases());
            b.properties.putAll(e.properties());
            return b;
        });
    }

    /**
     * The entity a discovered name stands for: a catalogue entity of the same type and name, this document's entity
     * of that name, or a new one. {@code idName} gives the id (an item's head in its lemma: "mortar shell").
     */
    Builder discovered(String type, String name, String idName) {
        String clean = name.replaceAll("\\s+", " ").strip();
        String id = Slugs.of(idName);
        Catalogue.KnownEntity k = catalogue.entity(id);
        if (k != null && catalogue.isA(k.type(), type) || k != null && catalogue.isA(type, k.type())) {
            return known(id);
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
            addLocal(clean, existing);
            if ("Person".equals(type)) {
                rememberSurname(clean, id);
            }
        }
        return existing;
    }

    /** A short form the text defines for an entity ("(OFAC)"): an alias, and a name to match in this document. */
    void alias(Builder b, String alias) {
        String a = alias.replaceAll("\\s+", " ").strip();
        if (a.length() > 1 && !a.equalsIgnoreCase(b.name)) {
            b.aliases.add(a);
            addLocal(a, b);
            if (b.discovered) {
                byAlias.putIfAbsent(a, b);
            }
        }
    }

    /** The entity this document found earlier that has alias {@code alias} ("IRGC ASF"), or null. */
    Builder withAlias(String alias) {
        return byAlias.get(alias.replaceAll("\\s+", " ").strip());
    }

    /** The person of this document whose surname is {@code word}, or null. */
    String personBySurname(String word) {
        return surnames.get(word);
    }

    private void rememberSurname(String name, String id) {
        String[] parts = name.split(" ");
        if (parts.length > 1) {
            String last = parts[parts.length - 1];
            if (last.length() > 2 && Character.isUpperCase(last.charAt(0))) {
                String previous = surnames.putIfAbsent(last, id);
                if (previous != null && !previous.equals(id)) {
                    surnames.put(last, "");
                } else {
                    local.add(last, id, "Person", true);
                }
            }
        }
    }

    private void addLocal(String text, Builder b) {
        boolean capitals = text.equals(text.toUpperCase(Locale.ROOT)) && text.chars().anyMatch(Character::isLetter);
        local.add(text, b.id, b.type, capitals);
    }

    /** The entities some mention or edge used. */
    List<Entity> used() {
        List<Entity> out = new ArrayList<>();
        for (Builder b : entities.values()) {
            if (b.used) {
                out.add(b.build());
            }
        }
        return out;
    }

    /** Every name and alias of the used entities, folded: what an unresolved name is checked against. */
    Set<String> usedNames() {
        Set<String> names = new LinkedHashSet<>();
        for (Builder b : entities.values()) {
            if (b.used) {
                names.add(NormalizedText.fold(b.name));
                b.aliases.forEach(a -> names.add(NormalizedText.fold(a)));
            }
        }
        return names;
    }
}
