package org.tiegraph.api;

import io.javalin.http.Context;
import java.util.LinkedHashSet;
import java.util.Set;
import org.tiegraph.query.EdgeFilter;
import org.tiegraph.query.InvalidParameterException;

/** Reading query parameters into typed values; a malformed value is a 400 naming the parameter. */
final class Params {

    private Params() {
    }

    static int integer(Context ctx, String name, int fallback) {
        Integer v = optionalInteger(ctx, name);
        return v == null ? fallback : v;
    }

    static Integer optionalInteger(Context ctx, String name) {
        String raw = text(ctx, name);
        if (raw == null) {
            return null;
        }
        try {
            return Integer.valueOf(raw);
        } catch (NumberFormatException e) {
            throw new InvalidParameterException(name, name + " must be an integer, not '" + raw + "'");
        }
    }

    static boolean bool(Context ctx, String name, boolean fallback) {
        String raw = text(ctx, name);
        if (raw == null) {
            return fallback;
        }
        return switch (raw.toLowerCase(java.util.Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw new InvalidParameterException(name, name + " must be true or false, not '" + raw + "'");
        };
    }

    /** The trimmed value, or null when absent or blank. */
    static String text(Context ctx, String name) {
        String raw = ctx.queryParam(name);
        return raw == null || raw.isBlank() ? null : raw.strip();
    }

    /** A list given as repeated parameters and/or comma-separated values. */
    static Set<String> list(Context ctx, String name) {
        Set<String> out = new LinkedHashSet<>();
        for (String raw : ctx.queryParams(name)) {
            for (String v : raw.split(",")) {
                if (!v.isBlank()) {
                    out.add(v.strip());
                }
            }
        }
        return out;
    }

    /** The edge filter parameters edgeTypes, modality, since and until. */
    static EdgeFilter edgeFilter(Context ctx) {
        return new EdgeFilter(list(ctx, "edgeTypes"), list(ctx, "modality"), optionalInteger(ctx, "since"),
                optionalInteger(ctx, "until"));
    }
}
