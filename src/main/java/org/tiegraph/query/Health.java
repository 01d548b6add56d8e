package org.tiegraph.query;

/** The service is up and its database answers: how it runs and which Neo4j it talks to. */
public record Health(String status, String mode, String boltUri, String version, Database database) {

    /** The database the API reads: name, whether it answered, server version and edition. */
    public record Database(String name, boolean reachable, String server, String version, String edition) {
    }
}
