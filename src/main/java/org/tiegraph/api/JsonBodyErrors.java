package org.tiegraph.api;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.tiegraph.query.InvalidParameterException;

/**
 * Turns Jackson's complaint about a JSON request body into a 400 a client can act on: the field and the JSON type it
 * needs, or where the JSON breaks. Jackson's own messages name Java classes and parser settings, which say nothing to
 * a client and describe the server.
 */
final class JsonBodyErrors {

    private JsonBodyErrors() {
    }

    static InvalidParameterException describe(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            Collection<Object> known = unknown.getKnownPropertyIds();
            return new InvalidParameterException(unknown.getPropertyName(), "the request body has an unknown field '"
                    + unknown.getPropertyName() + "'" + (known == null ? "" : "; its fields are "
                    + known.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "))));
        }
        if (e instanceof JsonMappingException mapping && mapping.getPath().isEmpty()) {
            return new InvalidParameterException("body", "the request body must be a JSON object, such as "
                    + "{\"pattern\": \"State:china>*>State:russia\"}");
        }
        if (e instanceof JsonMappingException mapping) {
            String field = path(mapping);
            String expected = e instanceof MismatchedInputException mismatch ? kind(mismatch.getTargetType()) : null;
            return new InvalidParameterException(topField(mapping), "the request body's field '" + field + "' "
                    + (expected == null ? "does not fit the pattern request" : "must be " + expected));
        }
        JsonLocation at = e.getLocation();
        return new InvalidParameterException("body", "the request body is not valid JSON"
                + (at == null || at.getLineNr() < 0 ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr()
                + ")") + ": " + reason(e) + "; send a JSON object such as {\"pattern\": \"State:china>*>State:russia\"}");
    }

    /** The parser's reason without its notes on where it started reading or how it is configured. */
    private static String reason(JsonProcessingException e) {
        String message = String.valueOf(e.getOriginalMessage());
        for (String cut : new String[] {" (start marker", "\n", " at [Source"}) {
            int at = message.indexOf(cut);
            if (at >= 0) {
                message = message.substring(0, at);
            }
        }
        return message.replaceAll("`[^`]*`", "").strip();
    }

    private static String path(JsonMappingException e) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                out.append(out.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.isEmpty() ? "body" : out.toString();
    }

    private static String topField(JsonMappingException e) {
        String name = e.getPath().getFirst().getFieldName();
        return name == null ? "body" : name;
    }

    /** The JSON type a Java target type is read from, in a client's words. */
    private static String kind(Class<?> type) {
        if (type == null) {
            return null;
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (CharSequence.class.isAssignableFrom(type) || type.isEnum()) {
            return "a string";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        return Map.class.isAssignableFrom(type) || type.isRecord() ? "an object" : null;
    }
}
