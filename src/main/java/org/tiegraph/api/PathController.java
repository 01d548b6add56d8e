package org.tiegraph.api;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import org.tiegraph.catalogue.Catalogue;
import org.tiegraph.query.EdgeFilter;
import org.tiegraph.query.InvalidParameterException;
import org.tiegraph.query.Limits;
import org.tiegraph.query.PathPattern;
import org.tiegraph.query.PathService;

/** HTTP for paths between entities and typed path patterns (GET with {@code p=}, POST with a JSON body). */
final class PathController {

    /** The JSON body of POST /api/paths/pattern: either {@code pattern} or {@code steps} (+ optional {@code hops}). */
    record PatternRequest(String pattern, List<StepRequest> steps, List<HopRequest> hops, Integer limit,
                          List<String> edgeTypes, List<String> modality, Integer since, Integer until,
                          Boolean coherent, Boolean exhaustive) {
    }

    /** A step of the structured form: a type, an entity id, both, or neither (any entity). */
    record StepRequest(String type, String id) {
    }

    /** A hop of the structured form: the edge types it may use (empty: any). */
    record HopRequest(List<String> edgeTypes) {
    }

    private final PathService paths;
    private final Catalogue catalogue;
    private final GraphResponder responder;
    private final ObjectReader patternReader;

    PathController(PathService paths, Catalogue catalogue, GraphResponder responder, ObjectMapper mapper) {
        this.paths = paths;
        this.catalogue = catalogue;
        this.responder = responder;
        this.patternReader = mapper.readerFor(PatternRequest.class)
                .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    void paths(Context ctx) {
        GraphResponder.Choice choice = responder.choose(ctx);
        var answer = paths.paths(Params.text(ctx, "from"), Params.text(ctx, "to"), Params.text(ctx, "via"),
                Params.integer(ctx, "maxHops", Limits.HOPS_DEFAULT), Params.integer(ctx, "limit", Limits.PATHS_DEFAULT),
                Params.edgeFilter(ctx), Params.bool(ctx, "directed", false), Params.bool(ctx, "coherent", true),
                Params.bool(ctx, "exhaustive", false));
        responder.respond(ctx, choice, answer, "paths");
    }

    void patternGet(Context ctx) {
        GraphResponder.Choice choice = responder.choose(ctx);
        PathPattern pattern = PathPattern.parse(ctx.queryParam("p"), catalogue);
        var answer = paths.pattern(pattern, Params.edgeFilter(ctx), Params.integer(ctx, "limit", Limits.PATHS_DEFAULT),
                Params.bool(ctx, "coherent", true), Params.bool(ctx, "exhaustive", false));
        responder.respond(ctx, choice, answer, "pattern");
    }

    void patternPost(Context ctx) {
        GraphResponder.Choice choice = responder.choose(ctx);
        PatternRequest body = read(ctx.body());
        PathPattern pattern;
        if (body.pattern() != null && body.steps() != null) {
            throw new InvalidParameterException("steps", "give either pattern or steps, not both");
        } else if (body.pattern() != null) {
            pattern = PathPattern.parse(body.pattern(), catalogue);
        } else if (body.steps() != null) {
            List<PathPattern.Step> steps = body.steps().stream()
                    .map(s -> new PathPattern.Step(blankToNull(s == null ? null : s.type()), blankToNull(s == null ? null : s.id())))
                    .toList();
            List<PathPattern.Hop> hops = new ArrayList<>();
            if (body.hops() != null) {
                body.hops().forEach(h -> hops.add(new PathPattern.Hop(h == null ? List.of() : h.edgeTypes())));
            }
            pattern = PathPattern.of(steps, hops, catalogue);
        } else {
            throw new InvalidParameterException("pattern", "the body needs a pattern string or a steps list");
        }
        EdgeFilter filter = new EdgeFilter(body.edgeTypes() == null ? null : java.util.Set.copyOf(body.edgeTypes()),
                body.modality() == null ? null : java.util.Set.copyOf(body.modality()), body.since(), body.until());
        var answer = paths.pattern(pattern, filter, body.limit() == null ? Limits.PATHS_DEFAULT : body.limit(),
                body.coherent() == null || body.coherent(), body.exhaustive() != null && body.exhaustive());
        responder.respond(ctx, choice, answer, "pattern");
    }

    private PatternRequest read(String body) {
        if (body == null || body.isBlank()) {
            throw new InvalidParameterException("body", "the request body must be a JSON object");
        }
        try {
            PatternRequest request = patternReader.readValue(body);
            if (request == null) {
                throw new InvalidParameterException("body", "the request body must be a JSON object");
            }
            return request;
        } catch (JsonProcessingException e) {
            throw JsonBodyErrors.describe(e);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
