package org.tiegraph.query;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** An answer that can be flattened into one graph for export formats. */
public interface GraphShaped {

    @JsonIgnore
    GraphView graph();
}
