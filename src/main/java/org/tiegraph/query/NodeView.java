package org.tiegraph.query;

import java.util.List;
import java.util.Map;

/** An entity as it appears in graph-shaped answers: id, name, most specific type, aliases, and whether it was discovered. */
public record NodeView(String id, String name, String type, List<String> aliases, boolean discovered) {

    /** Builds the view from a map projection with keys id, name, type, aliases, discovered. */
    static NodeView of(Map<String, Object> m) {
        return new NodeView(Values.string(m, "id"), Values.string(m, "name"), Values.string(m, "type"),
                Values.strings(m, "aliases"), Boolean.TRUE.equals(m.get("discovered")));
    }
}
