package org.tiegraph.api;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads and discards what is left of a request body once the answer is decided (a refusal before the body was read:
 * 401, 403, 404, 405, a bad parameter). Without it Jetty closes the connection on the unread bytes and the client,
 * still sending, can lose the answer. Bodies beyond the cap are left alone: Jetty closes those connections.
 */
final class UnreadBodyDrain {

    private final long cap;

    UnreadBodyDrain(long cap) {
        this.cap = cap;
    }

    void register(JavalinConfig config) {
        config.routes.after(this::drain);
    }

    private void drain(Context ctx) {
        long declared = ctx.req().getContentLengthLong();
        if (declared == 0 || declared > cap) {
            return;
        }
        try {
            InputStream in = ctx.req().getInputStream();
            long skipped = 0;
            byte[] sink = new byte[8192];
            for (int n; skipped <= cap && (n = in.read(sink)) > 0; ) {
                skipped += n;
            }
        } catch (IOException | IllegalStateException e) {
            // the body was already read through a reader, or the client went away: nothing left to keep in sync
        }
    }
}
