package org.tiegraph.query;

/** A request parameter that is malformed, unknown to the catalogue or beyond a hard cap; names the parameter. */
public class InvalidParameterException extends RuntimeException {

    private final String parameter;

    public InvalidParameterException(String parameter, String detail) {
        super(detail);
        this.parameter = parameter;
    }

    /** The name of the offending request parameter (query parameter, path parameter or JSON field). */
    public String parameter() {
        return parameter;
    }
}
