package org.tiegraph.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own refusals (a request line or headers too long, a malformed URI or escape, control bytes) as RFC 9457
 * problem+json like every other error of the API, instead of Jetty's HTML error page. These requests never reach the
 * routes, so {@link Problems} cannot see them.
 */
final class ProblemErrorHandler extends ErrorHandler {

    private final ObjectMapper mapper;

    ProblemErrorHandler(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** Every method gets the problem body; Jetty's default writes one for GET, POST and HEAD only. */
    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", HttpStatus.getMessage(code));
        body.put("status", code);
        body.put("detail", detail(code, message));
        String path = request.getHttpURI() == null ? null : request.getHttpURI().getPath();
        if (path != null && !path.equals("/badMessage")) {
            body.put("instance", path);
        }
        byte[] json;
        try {
            json = mapper.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            json = ("{\"type\":\"about:blank\",\"status\":" + code + "}").getBytes(StandardCharsets.UTF_8);
        }
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, Problems.MEDIA_TYPE);
        response.write(true, ByteBuffer.wrap(json), callback);
    }

    private static String detail(int code, String message) {
        String reason = message == null || message.isBlank() ? HttpStatus.getMessage(code) : message;
        return switch (code) {
            case 414 -> "The request line is too long (" + reason + "); shorten the query string or use "
                    + "POST /api/paths/pattern for long patterns.";
            case 431 -> "The request headers are too large (" + reason + "); send fewer or shorter headers.";
            case 400 -> "The request is malformed and was refused before reaching the API (" + reason + "); "
                    + "percent-encode the URL as UTF-8 without control characters.";
            default -> "The request was refused before reaching the API (" + reason + ").";
        };
    }
}
