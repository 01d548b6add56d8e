package org.tiegraph.api;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.List;
import java.util.Set;

/**
 * Cross-origin access for notebooks and other front ends: a request from a configured origin gets
 * {@code Access-Control-Allow-Origin}, and its preflight is answered. Requests from other origins are served without
 * those headers (the browser then withholds the answer), never refused: same-origin pages and non-browser clients
 * that send an Origin header keep working. {@code *} allows every origin.
 */
final class Cors {

    private final Set<String> origins;
    private final boolean anyOrigin;

    Cors(List<String> origins) {
        this.anyOrigin = origins.contains("*");
        this.origins = Set.copyOf(origins.stream().map(Cors::trimSlash).toList());
    }

    void register(JavalinConfig config) {
        config.routes.before(this::apply);
    }

    private void apply(Context ctx) {
        String origin = ctx.header("Origin");
        if (origin == null || !(anyOrigin || origins.contains(trimSlash(origin)))) {
            return;
        }
        ctx.header("Access-Control-Allow-Origin", anyOrigin ? "*" : origin);
        ctx.res().addHeader("Vary", "Origin");
        ctx.header("Access-Control-Expose-Headers", "Content-Disposition, Retry-After");
        if (ctx.method() == HandlerType.OPTIONS && ctx.header("Access-Control-Request-Method") != null) {
            ctx.header("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
            String requested = ctx.header("Access-Control-Request-Headers");
            ctx.header("Access-Control-Allow-Headers", requested == null ? "Content-Type, Accept" : requested);
            ctx.header("Access-Control-Max-Age", "600");
            ctx.status(204);
            ctx.skipRemainingHandlers();
        }
    }

    private static String trimSlash(String origin) {
        return origin.endsWith("/") ? origin.substring(0, origin.length() - 1) : origin;
    }
}
