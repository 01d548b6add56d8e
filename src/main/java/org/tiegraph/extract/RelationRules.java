package org.tiegraph.extract;

import org.tiegraph.catalogue.Catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import edu.stanford.nlp.semgraph.semgrex.SemgrexParseException;
import edu.stanford.nlp.semgraph.semgrex.SemgrexPattern;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The relation patterns, declared as data: one YAML file per relation family under {@code catalogue/relations/}
 * (listed in {@code schema.yaml} as {@code relationFiles}). Each rule is a Semgrex pattern over the sentence's
 * enhanced++ Universal Dependencies graph with named nodes (slots), and the edges it gives as "slot TYPE slot". Loading
 * validates every rule against the catalogue: an unknown edge or entity type, an edge naming a slot the pattern does
 * not bind, or a pattern that does not compile fails the start.
 */
final class RelationRules {

    /** One edge a rule gives: from the entity in slot {@code from} to the one in slot {@code to}. */
    record EdgeSpec(String from, String type, String to) {
    }

    /**
     * A rule: its id and family, the compiled pattern, the edges, the entity types a slot may hold (beyond what the
     * catalogue allows), slots filled from the document when the pattern leaves them out (the latest source of an
     * edge type: the issuer of a passive "is being designated"), whether slots must land on nouns, whether its
     * sources count as the document's latest source of their edge type ({@code remember}: an adjectival
     * "U.S.-sanctioned" does not make the U.S. the document's designator), and its confidence.
     */
    record Rule(String id, String family, SemgrexPattern pattern, List<EdgeSpec> edges,
                Map<String, List<String>> slotTypes, Map<String, String> implicit, boolean nominal,
                boolean remember, double confidence) {
    }

    private static final Pattern NAMED_NODE = Pattern.compile("=([A-Za-z][A-Za-z0-9_]*)");
    private static final double DEFAULT_CONFIDENCE = 0.8;

    private final List<Rule> rules;

    private RelationRules(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    List<Rule> rules() {
        return rules;
    }

    /** The rules shipped with the application, validated against {@code catalogue}. */
    static RelationRules load(Catalogue catalogue) {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        List<Rule> all = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (String file : catalogue.relationFiles()) {
            String resource = "catalogue/" + file;
            try (InputStream in = RelationRules.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("relation file missing: " + resource);
                }
                for (Rule r : parse(yaml.readTree(in), catalogue, resource)) {
                    if (!ids.add(r.id())) {
                        throw new IllegalStateException(resource + ": rule id declared twice: " + r.id());
                    }
                    all.add(r);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + resource, e);
            }
        }
        return new RelationRules(all);
    }

    static List<Rule> parse(JsonNode root, Catalogue catalogue, String source) {
        String family = root.path("family").asText("");
        if (family.isBlank()) {
            throw new IllegalStateException(source + ": missing 'family'");
        }
        List<Rule> out = new ArrayList<>();
        for (JsonNode r : root.path("rules")) {
            String id = r.path("id").asText("");
            String where = source + " rule '" + id + "'";
            if (!id.matches("[a-z0-9][a-z0-9-]*")) {
                throw new IllegalStateException(where + ": id must be a lowercase slug");
            }
            String text = r.path("pattern").asText("");
            SemgrexPattern pattern;
            try {
                pattern = SemgrexPattern.compile(text);
            } catch (SemgrexParseException | IllegalArgumentException e) {
                throw new IllegalStateException(where + ": pattern does not compile: " + e.getMessage(), e);
            }
            Set<String> slots = new HashSet<>();
            Matcher m = NAMED_NODE.matcher(text);
            while (m.find()) {
                slots.add(m.group(1));
            }
            Map<String, String> implicit = new LinkedHashMap<>();
            r.path("implicit").properties().forEach(e -> {
                if (!catalogue.isEdgeType(e.getValue().asText())) {
                    throw new IllegalStateException(where + ": implicit slot names unknown edge type "
                            + e.getValue().asText());
                }
                implicit.put(e.getKey(), e.getValue().asText());
            });
            List<EdgeSpec> edges = new ArrayList<>();
            for (JsonNode e : r.path("edges")) {
                String[] parts = e.asText().trim().split("\\s+");
                if (parts.length != 3) {
                    throw new IllegalStateException(where + ": an edge is 'slot TYPE slot', not '" + e.asText() + "'");
                }
                if (!catalogue.isEdgeType(parts[1])) {
                    throw new IllegalStateException(where + ": unknown edge type " + parts[1]);
                }
                for (String slot : new String[]{parts[0], parts[2]}) {
                    if (!slots.contains(slot) && !implicit.containsKey(slot)) {
                        throw new IllegalStateException(where + ": edge names slot '" + slot
                                + "' that the pattern does not bind");
                    }
                }
                edges.add(new EdgeSpec(parts[0], parts[1], parts[2]));
            }
            if (edges.isEmpty()) {
                throw new IllegalStateException(where + ": no edges");
            }
            Map<String, List<String>> slotTypes = new LinkedHashMap<>();
            r.path("types").properties().forEach(e -> {
                List<String> types = new ArrayList<>();
                e.getValue().forEach(t -> {
                    if (!catalogue.isEntityType(t.asText())) {
                        throw new IllegalStateException(where + ": unknown entity type " + t.asText());
                    }
                    types.add(t.asText());
                });
                if (!slots.contains(e.getKey())) {
                    throw new IllegalStateException(where + ": types names unknown slot " + e.getKey());
                }
                slotTypes.put(e.getKey(), List.copyOf(types));
            });
            double confidence = r.path("confidence").asDouble(DEFAULT_CONFIDENCE);
            out.add(new Rule(id, family, pattern, List.copyOf(edges), slotTypes, implicit,
                    r.path("nominal").asBoolean(false), r.path("remember").asBoolean(true), confidence));
        }
        return out;
    }
}
