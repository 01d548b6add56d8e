package org.tiegraph.api;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The HTML of the document view at {@code /documents/{id}} (the page's script reads the id from the address and the
 * sentence from its fragment, then asks the API); the same page whatever the id, so no document text reaches it here.
 */
final class DocumentPage {

    static final String RESOURCE = "public/document.html";
    private static final String HTML = read();

    private DocumentPage() {
    }

    static void serve(Context ctx) {
        ctx.header("Cache-Control", "no-cache").html(HTML);
    }

    private static String read() {
        try (InputStream in = DocumentPage.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
