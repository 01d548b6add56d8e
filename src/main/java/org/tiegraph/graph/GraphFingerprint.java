package org.tiegraph.graph;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;

/**
 * A content fingerprint of the whole graph: node and relationship counts plus a hash over entities, edges, evidence,
 * sentences and sources. Two loads of the same documents must give the same fingerprint.
 */
public record GraphFingerprint(long nodes, long relationships, String hash) {

    private static final String[] PARTS = {
        "admin/fingerprint_entities.cypher", "admin/fingerprint_edges.cypher", "admin/fingerprint_evidence.cypher"};

    /** Reads the fingerprint of the database in one read transaction. */
    public static GraphFingerprint of(Driver driver, String database) {
        try (var session = driver.session(SessionConfig.forDatabase(database))) {
            return session.executeRead(tx -> {
                var counts = tx.run(CypherFile.load("admin/fingerprint_counts.cypher")).single();
                MessageDigest digest = sha256();
                for (String part : PARTS) {
                    tx.run(CypherFile.load(part)).forEachRemaining(r -> {
                        digest.update(r.get("line").asString("").getBytes(StandardCharsets.UTF_8));
                        digest.update((byte) '\n');
                    });
                }
                return new GraphFingerprint(counts.get("nodes").asLong(), counts.get("relationships").asLong(),
                        HexFormat.of().formatHex(digest.digest()));
            });
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
