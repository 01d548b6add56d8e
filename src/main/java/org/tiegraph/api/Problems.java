package org.tiegraph.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.EOFException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.io.EofException;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransactionTerminatedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tiegraph.query.InvalidParameterException;
import org.tiegraph.query.NotFoundException;
import org.tiegraph.query.QueryBudget;

/**
 * Every error as RFC 9457 {@code application/problem+json}: {@code type}, {@code title}, {@code status},
 * {@code detail}, {@code instance} (the request path), {@code parameter} when one request parameter is at fault, and
 * never a stack trace. Unexpected errors are logged with an incident id that the answer repeats.
 */
final class Problems {

    static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_ROOT = "urn:tiegraph:problem:";
    private static final Logger LOG = LoggerFactory.getLogger(Problems.class);

    private final ObjectMapper mapper;
    private final Duration queryTimeout;

    Problems(ObjectMapper mapper, Duration queryTimeout) {
        this.mapper = mapper;
        this.queryTimeout = queryTimeout;
    }

    /** Registers the exception and error handlers. */
    void register(JavalinConfig config) {
        config.routes.exception(InvalidParameterException.class, (e, ctx) ->
                write(ctx, 400, "invalid-parameter", "Invalid parameter", e.getMessage(), e.parameter(), Map.of()));
        config.routes.exception(NotFoundException.class, (e, ctx) ->
                write(ctx, 404, "not-found", "Not found", e.getMessage(), e.parameter(), Map.of()));
        config.routes.exception(HttpResponseException.class, (e, ctx) ->
                write(ctx, e.getStatus(), null, null, switch (e.getStatus()) {
                    case 404 -> noRoute(ctx);
                    case 405 -> wrongMethod(ctx);
                    default -> e.getMessage();
                }, null, Map.of()));
        config.routes.exception(Neo4jException.class, this::databaseFailure);
        config.routes.exception(QueryBudget.Exhausted.class, (e, ctx) -> timedOut(ctx));
        config.routes.exception(DocumentIntake.Unavailable.class, (e, ctx) ->
                write(ctx, 503, "loader-unavailable", "Loader unavailable", e.getMessage(), null, Map.of()));
        config.routes.exception(Exception.class, (e, ctx) -> unexpected(ctx, e));
        config.routes.error(404, ctx -> {
            if (!isProblem(ctx)) {
                write(ctx, 404, null, null, noRoute(ctx), null, Map.of());
            }
        });
        config.routes.error(405, ctx -> {
            if (!isProblem(ctx)) {
                write(ctx, 405, null, null, wrongMethod(ctx), null, Map.of());
            }
        });
    }

    private static String noRoute(Context ctx) {
        return "No resource at " + ctx.method() + " " + ctx.path() + "; the API is described at /openapi.json";
    }

    private static String wrongMethod(Context ctx) {
        return ctx.method() + " is not allowed on " + ctx.path() + "; the API is described at /openapi.json";
    }

    private void databaseFailure(Neo4jException e, Context ctx) {
        if (e instanceof ServiceUnavailableException || e instanceof SessionExpiredException) {
            LOG.warn("database unavailable on {} {}: {}", ctx.method(), ctx.path(), e.getMessage());
            ctx.header("Retry-After", "5");
            write(ctx, 503, "database-unavailable", "Database unavailable",
                    "The graph database cannot be reached; try again shortly.", null, Map.of());
        } else if (isTimeout(e)) {
            timedOut(ctx);
        } else {
            unexpected(ctx, e);
        }
    }

    private void timedOut(Context ctx) {
        LOG.warn("query timed out on {} {}", ctx.method(), ctx.path());
        write(ctx, 504, "query-timeout", "Query timed out", "The request spent longer in the database than the limit of "
                + queryTimeout.toMillis() / 1000.0 + " s; narrow it (smaller depth, maxHops or limit, or more filters).",
                null, Map.of());
    }

    private static boolean isTimeout(Neo4jException e) {
        String code = e.code() == null ? "" : e.code();
        return code.contains("TransactionTimedOut") || code.contains("Transaction.Terminated")
                || e instanceof TransactionTerminatedException
                || (e instanceof ClientException && code.contains("Timeout"));
    }

    private void unexpected(Context ctx, Exception e) {
        int status = unreadableBody(e);
        if (status > 0) {
            // the client's fault, not an incident: one line, no stack trace (a request can cost no more log than that)
            LOG.info("unreadable request body on {} {}: {}", ctx.method(), ctx.path(), e.getMessage());
            write(ctx, status, "unreadable-body", "Unreadable request body", status == 413
                    ? "The request body is larger than this endpoint takes; send a smaller one."
                    : "The request body could not be read: it ended before its declared length, or its chunked or "
                    + "multipart encoding is malformed; send the whole body again.", "body", Map.of());
            return;
        }
        String incident = UUID.randomUUID().toString();
        LOG.error("incident {} on {} {}", incident, ctx.method(), ctx.path(), e);
        write(ctx, 500, "internal-error", "Internal error",
                "The server failed to answer this request; the incident is logged as " + incident + ".", null,
                Map.of("incident", incident));
    }

    /**
     * The 4xx status of a request body that could not be read (cut short, malformed chunks or multipart, over a cap),
     * found anywhere in the cause chain; 0 for anything else.
     */
    static int unreadableBody(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof HttpException http && http.getCode() >= 400 && http.getCode() < 500) {
                return http.getCode();
            }
            if (t instanceof EOFException || t instanceof EofException) {
                return 400;
            }
        }
        return 0;
    }

    /** Writes a problem; a null type means {@code about:blank} with the HTTP status phrase as title. */
    void write(Context ctx, int status, String type, String title, String detail, String parameter,
               Map<String, Object> extensions) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type == null ? "about:blank" : TYPE_ROOT + type);
        body.put("title", title == null ? reason(status) : title);
        body.put("status", status);
        if (detail != null) {
            body.put("detail", detail);
        }
        body.put("instance", ctx.path());
        if (parameter != null) {
            body.put("parameter", parameter);
        }
        body.putAll(extensions);
        String json;
        try {
            json = mapper.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            json = "{\"type\":\"about:blank\",\"status\":" + status + "}";
        }
        ctx.status(status).contentType(MEDIA_TYPE).result(json);
    }

    private static boolean isProblem(Context ctx) {
        String type = ctx.res().getContentType();
        return type != null && type.startsWith(MEDIA_TYPE);
    }

    private static String reason(int status) {
        return io.javalin.http.HttpStatus.forStatus(status).getMessage();
    }
}
