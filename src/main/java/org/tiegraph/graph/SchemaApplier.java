package org.tiegraph.graph;

import java.util.List;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Applies the constraints and indexes in {@code cypher/schema/} (idempotent statements) and waits for them online. */
public final class SchemaApplier {

    /** The schema files, applied in this order. */
    public static final List<String> FILES = List.of(
            "schema/10_constraints.cypher", "schema/20_indexes.cypher", "schema/30_fulltext.cypher");

    private static final Logger LOG = LoggerFactory.getLogger(SchemaApplier.class);

    private final Driver driver;
    private final String database;

    public SchemaApplier(Driver driver, String database) {
        this.driver = driver;
        this.database = database;
    }

    /** Runs every schema statement; returns how many ran. Safe to call on every start. */
    public int apply() {
        int count = 0;
        try (var session = driver.session(SessionConfig.forDatabase(database))) {
            for (String file : FILES) {
                for (String statement : CypherFile.statements(file)) {
                    session.run(statement).consume();
                    count++;
                }
            }
            session.run("CALL db.awaitIndexes(300)").consume();
        }
        LOG.info("schema applied: {} statements", count);
        return count;
    }
}
