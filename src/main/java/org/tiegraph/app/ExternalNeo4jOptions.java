package org.tiegraph.app;

import picocli.CommandLine.Option;

/** How to reach an external Neo4j 5+ (server, cluster, Aura): URI, user, password, database. */
public final class ExternalNeo4jOptions {

    @Option(names = "--neo4j-uri", defaultValue = "${env:NEO4J_URI}", paramLabel = "URI",
            description = "An external Neo4j 5+ (server, cluster, Aura): bolt://, neo4j://, neo4j+s://. When set, no "
                    + "embedded DBMS starts (env NEO4J_URI).")
    String uri;

    @Option(names = "--neo4j-user", defaultValue = "${env:NEO4J_USER:-neo4j}", paramLabel = "USER",
            description = "User for the external Neo4j (env NEO4J_USER; default: ${DEFAULT-VALUE}).")
    String user;

    @Option(names = "--neo4j-password", defaultValue = "${env:NEO4J_PASSWORD}", paramLabel = "PASSWORD",
            description = "Password for the external Neo4j, or the one the embedded DBMS sets for its user neo4j "
                    + "(at least 8 characters; unset: generated once and kept in the data folder's neo4j-password "
                    + "file). Prefer the environment: a value on the command line shows in ps (env NEO4J_PASSWORD).")
    String password;

    @Option(names = "--neo4j-database", defaultValue = "${env:NEO4J_DATABASE:-neo4j}", paramLabel = "NAME",
            description = "Database of the external Neo4j (env NEO4J_DATABASE; default: ${DEFAULT-VALUE}).")
    String database;

    /** True when a URI names an external server. */
    boolean given() {
        return uri != null && !uri.isBlank();
    }
}
