package org.tiegraph.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import java.io.UncheckedIOException;
import org.tiegraph.api.format.CsvWriter;
import org.tiegraph.api.format.GraphFormat;
import org.tiegraph.api.format.GraphMlWriter;
import org.tiegraph.api.format.GraphWriters;
import org.tiegraph.query.GraphShaped;
import org.tiegraph.query.GraphView;

/** Writes a graph-shaped answer in the format the request asks for ({@code ?format=}, {@code ?part=} or Accept). */
final class GraphResponder {

    /** What a request asks for: the format and, for CSV, the table. */
    record Choice(GraphFormat format, CsvWriter.Part part) {
    }

    private final ObjectMapper mapper;

    GraphResponder(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** Reads and checks the format parameters before any query runs. */
    Choice choose(Context ctx) {
        GraphFormat format = GraphFormat.negotiate(ctx.queryParam("format"), ctx.header("Accept"));
        CsvWriter.Part part = format == GraphFormat.CSV ? CsvWriter.Part.of(ctx.queryParam("part")) : null;
        return new Choice(format, part);
    }

    void respond(Context ctx, Choice choice, GraphShaped answer, String name) {
        ctx.res().addHeader("Vary", "Accept");
        GraphView graph = choice.format() == GraphFormat.JSON ? null : answer.graph();
        switch (choice.format()) {
            case JSON -> json(ctx, answer);
            case NODE_LINK -> json(ctx, GraphWriters.nodeLink(graph));
            case CYTOSCAPE -> json(ctx, GraphWriters.cytoscape(graph));
            case GRAPHML -> ctx.contentType("application/graphml+xml; charset=utf-8")
                    .header("Content-Disposition", "inline; filename=\"" + name + ".graphml\"")
                    .result(GraphMlWriter.write(graph));
            case CSV -> ctx.contentType("text/csv; charset=utf-8; header=present")
                    .header("Content-Disposition", "inline; filename=\"" + name + "-" + choice.part().wire() + ".csv\"")
                    .result(CsvWriter.write(graph, choice.part()));
        }
    }

    /**
     * Writes {@code value} as a JSON answer, serialised straight to UTF-8 bytes: large answers skip the intermediate
     * string and its re-encoding.
     */
    void json(Context ctx, Object value) {
        try {
            ctx.contentType(ContentType.APPLICATION_JSON).result(mapper.writeValueAsBytes(value));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
