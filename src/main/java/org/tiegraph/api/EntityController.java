package org.tiegraph.api;

import io.javalin.http.Context;
import org.tiegraph.query.EntityService;
import org.tiegraph.query.Limits;

/** HTTP for entity search, entity details, neighbourhoods and single edges. */
final class EntityController {

    private final EntityService entities;
    private final GraphResponder responder;

    EntityController(EntityService entities, GraphResponder responder) {
        this.entities = entities;
        this.responder = responder;
    }

    void search(Context ctx) {
        responder.json(ctx, entities.search(Params.text(ctx, "q"), Params.text(ctx, "type"),
                Params.integer(ctx, "limit", Limits.SEARCH_DEFAULT), Params.integer(ctx, "offset", 0)));
    }

    void entity(Context ctx) {
        responder.json(ctx, entities.entity(ctx.pathParam("id")));
    }

    void neighborhood(Context ctx) {
        GraphResponder.Choice choice = responder.choose(ctx);
        String id = ctx.pathParam("id");
        var answer = entities.neighborhood(id, Params.integer(ctx, "depth", Limits.DEPTH_DEFAULT),
                Params.list(ctx, "types"), Params.edgeFilter(ctx),
                Params.integer(ctx, "limit", Limits.NEIGHBORHOOD_EDGES_DEFAULT));
        responder.respond(ctx, choice, answer, "neighborhood-" + id);
    }

    void edge(Context ctx) {
        GraphResponder.Choice choice = responder.choose(ctx);
        String id = ctx.pathParam("id");
        var answer = entities.edge(id, Params.integer(ctx, "limit", Limits.EVIDENCE_PER_EDGE),
                Params.integer(ctx, "offset", 0));
        responder.respond(ctx, choice, answer, "edge-" + id);
    }
}
