package org.tiegraph.query;

import java.util.List;

/** The catalogue's vocabulary with how many nodes and edges of each type the graph holds. */
public record SchemaView(List<EntityTypeCount> entityTypes, List<EdgeTypeCount> edgeTypes) {

    /** An entity type: its parent, lineage labels, display hints, and the number of entities carrying its label. */
    public record EntityTypeCount(String name, String parent, List<String> labels, String description, String color,
                                  String caption, long count) {
    }

    /**
     * An edge type: the entity types allowed at each end, symmetry, whether paths follow it by default, and the number
     * of edges of the type.
     */
    public record EdgeTypeCount(String name, List<String> from, List<String> to, boolean symmetric, String description,
                                boolean traverse, long count) {
    }
}
