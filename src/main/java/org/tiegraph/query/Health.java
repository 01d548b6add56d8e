package org.tiegraph.query;

import org.tiegraph.graph.LoadProgress;

/**
 * The service is up and its database answers: how it runs, which Neo4j it talks to, and how far loading the documents
 * at start has got ({@code loading.complete} turns true once every document was tried).
 */
public record Health(String status, String mode, String boltUri, String version, Database database,
                     LoadProgress.State loading) {

    /** The database the API reads: name, whether it answered, server version and edition. */
    public record Database(String name, boolean reachable, String server, String version, String edition) {
    }
}
