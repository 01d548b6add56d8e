package org.tiegraph.query;

/** Hard caps and defaults that bound the work any single request can cause. */
public final class Limits {

    public static final int SEARCH_DEFAULT = 20;
    public static final int SEARCH_MAX = 100;
    /** Full-text hits ranked per search; offset + limit must stay within it. */
    public static final int SEARCH_POOL = 1000;

    public static final int DEPTH_DEFAULT = 1;
    public static final int DEPTH_MAX = 3;
    public static final int NEIGHBORHOOD_EDGES_DEFAULT = 200;
    public static final int NEIGHBORHOOD_EDGES_MAX = 1000;

    public static final int HOPS_DEFAULT = 4;
    public static final int HOPS_MAX = 6;
    public static final int PATHS_DEFAULT = 10;
    public static final int PATHS_MAX = 100;
    /** Pattern steps: hops + 1. */
    public static final int PATTERN_STEPS_MAX = HOPS_MAX + 1;

    public static final int LIST_DEFAULT = 100;
    public static final int LIST_MAX = 1000;

    /** The longest id (of a sentence, say) a request may name; longer ones cannot exist. */
    public static final int ID_MAX_LENGTH = 400;

    /** Sentences either side of the one a document view is opened at. */
    public static final int PASSAGE_WINDOW_DEFAULT = 4;
    public static final int PASSAGE_WINDOW_MAX = 50;

    /** Evidence items returned per edge (evidenceCount always gives the total). */
    public static final int EVIDENCE_PER_EDGE = 20;
    /** Evidence items one request for a single edge may page through at once. */
    public static final int EDGE_EVIDENCE_MAX = 500;

    /** Edges fetched around each end of a path search before the search gives up on completeness. */
    public static final int PATH_EXPANSION_EDGES = 20_000;
    /** Candidate paths ranked per search. */
    public static final int PATH_CANDIDATES = 2_000;
    /** Search steps of the in-memory path enumeration. */
    public static final int PATH_SEARCH_STEPS = 500_000;
    /** Rows a compiled pattern query may return. */
    public static final int PATTERN_ROWS = 5_000;

    private Limits() {
    }

    /** Returns {@code value} when it lies in [min, max]; otherwise a 400-worthy error naming the parameter and the cap. */
    public static int check(String parameter, int value, int min, int max) {
        if (value > max) {
            throw new InvalidParameterException(parameter,
                    parameter + " is " + value + " but the cap is " + max + " (allowed: " + min + ".." + max + ")");
        }
        if (value < min) {
            throw new InvalidParameterException(parameter,
                    parameter + " is " + value + " but must be at least " + min + " (allowed: " + min + ".." + max + ")");
        }
        return value;
    }
}
