package org.tiegraph.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.Record;

/**
 * Whether a path tells a story some text tells: it may pass through a generic entity (a category of items such as
 * "weapons", a group such as "Chinese companies") only where one sentence, or one passage of one document, supports
 * both of its hops through it. "China SUPPLIES weapons SUPPLIED_TO Russia" from a sentence about Iran in the 1980s and
 * another about Iran's shipments to Russia is not such a story; "China sent drone parts to Iran, which provides drone
 * technology to Russia" is. Named items (Garpiya-3, Shahed-136) and every other entity join paths freely.
 */
final class PathCoherence {

    /** Two quotes of one document this close (in characters) are one passage. */
    static final int PASSAGE_CHARS = 600;

    private record Place(String documentId, String sentenceId, long start) {
    }

    private final Set<String> generic;
    private final Map<String, List<Place>> places;

    private PathCoherence(Set<String> generic, Map<String, List<Place>> places) {
        this.generic = generic;
        this.places = places;
    }

    /** Reads the generic entities among {@code nodeIds} and where the evidence of {@code edgeIds} stands. */
    static PathCoherence read(CypherRunner cypher, Collection<String> nodeIds, Collection<String> edgeIds) {
        Set<String> generic = new HashSet<>();
        Map<String, List<Place>> places = new HashMap<>();
        if (!nodeIds.isEmpty()) {
            Record row = cypher.read("path_coherence", Map.of("ids", List.copyOf(nodeIds), "edgeIds",
                    List.copyOf(edgeIds))).getFirst();
            generic.addAll(row.get("generic").asList(v -> v.asString()));
            for (Map<String, Object> p : row.get("passages").asList(v -> v.asMap())) {
                List<Place> at = new ArrayList<>();
                for (Map<String, Object> m : Values.maps(p, "places")) {
                    Integer start = Values.integer(m, "start");
                    at.add(new Place(Values.string(m, "documentId"), Values.string(m, "sentenceId"),
                            start == null ? -1 : start));
                }
                places.put(Values.string(p, "edgeId"), at);
            }
        }
        return new PathCoherence(generic, places);
    }

    /** True when every generic entity inside the path is crossed by two hops one passage supports. */
    boolean coherent(List<String> nodes, List<List<String>> hops) {
        for (int i = 1; i + 1 < nodes.size(); i++) {
            if (generic.contains(nodes.get(i)) && !onePassage(hops.get(i - 1), hops.get(i))) {
                return false;
            }
        }
        return true;
    }

    private boolean onePassage(List<String> before, List<String> after) {
        for (String a : before) {
            for (String b : after) {
                for (Place p : places.getOrDefault(a, List.of())) {
                    for (Place q : places.getOrDefault(b, List.of())) {
                        if (p.sentenceId() != null && p.sentenceId().equals(q.sentenceId())
                                || p.documentId() != null && p.documentId().equals(q.documentId())
                                && Math.abs(p.start() - q.start()) <= PASSAGE_CHARS) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }
}
