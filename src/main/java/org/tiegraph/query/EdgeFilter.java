package org.tiegraph.query;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.tiegraph.catalogue.Catalogue;
import org.tiegraph.catalogue.Modality;

/**
 * Which domain edges a traversal may use: edge types (catalogue whitelist), modalities, and a year window. An edge
 * passes the window when one of its stated years lies in it; undated edges fail any window. Empty sets mean "any".
 */
public record EdgeFilter(Set<String> edgeTypes, Set<String> modalities, Integer since, Integer until) {

    public static final EdgeFilter NONE = new EdgeFilter(Set.of(), Set.of(), null, null);
    private static final Set<String> MODALITIES = Arrays.stream(Modality.values()).map(Modality::wire)
            .collect(Collectors.toUnmodifiableSet());

    public EdgeFilter {
        edgeTypes = edgeTypes == null ? Set.of() : Set.copyOf(edgeTypes);
        modalities = modalities == null ? Set.of()
                : modalities.stream().map(m -> m.toLowerCase(java.util.Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    /** Checks every value against the catalogue and the modality vocabulary; throws naming the offending parameter. */
    public EdgeFilter validate(Catalogue catalogue) {
        for (String t : edgeTypes) {
            if (!catalogue.isEdgeType(t)) {
                throw new InvalidParameterException("edgeTypes", "unknown edge type '" + t + "'; known edge types: "
                        + String.join(", ", catalogue.edgeTypes().keySet()));
            }
        }
        for (String m : modalities) {
            if (!MODALITIES.contains(m)) {
                throw new InvalidParameterException("modality", "unknown modality '" + m + "'; use one of "
                        + String.join(", ", Arrays.stream(Modality.values()).map(Modality::wire).toList()));
            }
        }
        if (since != null && until != null && since > until) {
            throw new InvalidParameterException("since", "since (" + since + ") is after until (" + until + ")");
        }
        return this;
    }

    /**
     * The filter a path or pattern search uses: the edge types the request names, else those the catalogue marks for
     * traversal (no RELATED_TO, no adversarial relations); the modalities it names, else all but denied.
     */
    public EdgeFilter forTraversal(Catalogue catalogue) {
        Set<String> types = edgeTypes.isEmpty() ? catalogue.traversalEdgeTypes() : edgeTypes;
        Set<String> kept = modalities.isEmpty() ? MODALITIES.stream()
                .filter(m -> !m.equals(Modality.DENIED.wire())).collect(Collectors.toUnmodifiableSet()) : modalities;
        return new EdgeFilter(types, kept, since, until);
    }

    /** The Cypher parameters edgeTypes, modalities, since, until (null lists meaning "any"). */
    public Map<String, Object> parameters() {
        Map<String, Object> p = new HashMap<>();
        p.put("edgeTypes", edgeTypes.isEmpty() ? null : List.copyOf(edgeTypes));
        p.put("modalities", modalities.isEmpty() ? null : List.copyOf(modalities));
        p.put("since", since);
        p.put("until", until);
        return p;
    }
}
