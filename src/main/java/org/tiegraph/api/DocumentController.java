package org.tiegraph.api;

import io.javalin.http.Context;
import org.tiegraph.query.DocumentService;
import org.tiegraph.query.Limits;
import org.tiegraph.query.PassageService;

/** HTTP for documents, load reports, passages, footnotes, sentences and sources. */
final class DocumentController {

    private final DocumentService documents;
    private final PassageService passages;

    DocumentController(DocumentService documents, PassageService passages) {
        this.documents = documents;
        this.passages = passages;
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

    void passage(Context ctx) {
        ctx.json(passages.around(ctx.pathParam("id"), Params.text(ctx, "around"),
                Params.integer(ctx, "window", Limits.PASSAGE_WINDOW_DEFAULT)));
    }

    void footnotes(Context ctx) {
        ctx.json(passages.footnotes(ctx.pathParam("id")));
    }

    void sentence(Context ctx) {
        ctx.json(documents.sentence(ctx.pathParam("id")));
    }

    void sources(Context ctx) {
        ctx.json(documents.sources(Params.text(ctx, "documentId"), Params.integer(ctx, "limit", Limits.LIST_DEFAULT),
                Params.integer(ctx, "offset", 0)));
    }
}
