package org.tiegraph.query;

/** The thing a request names (an entity, document, sentence, ...) does not exist in the graph. */
public class NotFoundException extends RuntimeException {

    private final String parameter;

    public NotFoundException(String parameter, String detail) {
        super(detail);
        this.parameter = parameter;
    }

    /** The request parameter that named the missing thing. */
    public String parameter() {
        return parameter;
    }
}
