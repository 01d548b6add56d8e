package org.tiegraph.extract;

/**
 * Tokens {@code first..last} (inclusive) of one sentence that name an entity; {@code anaphor} marks a pronoun or a
 * definite description ("the company") resolved to an entity named before, which is never kept as an alias. An
 * entity the sentence leaves implicit (the issuer of a passive designation, taken from earlier sentences) has no
 * tokens: {@code first} and {@code last} are -1.
 */
record Span(int first, int last, String entityId, String type, boolean anaphor) {

    boolean inSentence() {
        return first >= 0;
    }

    boolean covers(int token) {
        return first <= token && token <= last;
    }

    boolean overlaps(int a, int b) {
        return first <= b && a <= last;
    }
}
