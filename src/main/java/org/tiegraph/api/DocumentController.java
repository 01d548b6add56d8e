package org.tiegraph.api;

import io.javalin.http.Context;
import org.tiegraph.query.DocumentService;
import org.tiegraph.query.Limits;

/** HTTP for documents, load reports, sentences and sources. */
final class DocumentController {

    private final DocumentService documents;

    DocumentController(DocumentService documents) {
        this.documents = documents;
    }

    void documents(Context ctx) {
        ctx.json(documents.documents(Params.integer(ctx, "limit", Limits.LIST_DEFAULT), Params.integer(ctx, "offset", 0)));
    }

    void document(Context ctx) {
        ctx.json(documents.document(ctx.pathParam("id")));
    }

    void report(Context ctx) {
        ctx.json(documents.report(ctx.pathParam("id")));
    }

    void sentence(Context ctx) {
        ctx.json(documents.sentence(ctx.pathParam("id")));
    }

    void sources(Context ctx) {
        ctx.json(documents.sources(Params.text(ctx, "documentId"), Params.integer(ctx, "limit", Limits.LIST_DEFAULT),
                Params.integer(ctx, "offset", 0)));
    }
}
