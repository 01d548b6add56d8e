package org.tiegraph.query;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.tiegraph.graph.CypherFile;

/**
 * The one way the query layer talks to Neo4j: named statements loaded from {@code cypher/queries/<name>.cypher} on the
 * classpath (or statements compiled from catalogue-whitelisted labels), run with parameters in a read transaction on
 * the configured database with a server-side timeout (no longer than what is left of the request's {@link QueryBudget}).
 * In a statement file the relationship type
 * {@value CypherFile#DOMAIN_EDGE_TYPES} stands for every domain edge type of the catalogue.
 */
public final class CypherRunner {

    private static final String ROOT = "queries/";

    private final Driver driver;
    private final SessionConfig sessionConfig;
    private final Duration timeout;
    private final Map<String, String> statements = new ConcurrentHashMap<>();
    private final List<String> domainEdgeTypes;

    /** {@code edgeTypes}: the catalogue's domain edge types (the whitelist), which the placeholder stands for. */
    public CypherRunner(Driver driver, String database, Duration timeout, Collection<String> edgeTypes) {
        if (edgeTypes.isEmpty()) {
            throw new IllegalArgumentException("the catalogue names no edge types");
        }
        this.driver = driver;
        this.domainEdgeTypes = List.copyOf(edgeTypes);
        this.sessionConfig = database == null || database.isBlank()
                ? SessionConfig.defaultConfig() : SessionConfig.forDatabase(database);
        this.timeout = timeout;
    }

    /** Runs the named statement file and returns every record. */
    public List<Record> read(String name, Map<String, Object> parameters) {
        return readStatement(statement(name), parameters, timeout);
    }

    /** Runs the named statement file with a timeout shorter than the configured one (health checks). */
    public List<Record> read(String name, Map<String, Object> parameters, Duration customTimeout) {
        return readStatement(statement(name), parameters, customTimeout);
    }

    /**
     * Runs a statement compiled in code. Callers guarantee that every label and relationship type in it comes from the
     * catalogue whitelist and that all user input travels in {@code parameters}.
     */
    public List<Record> readCompiled(String cypher, Map<String, Object> parameters) {
        return readStatement(cypher, parameters, timeout);
    }

    /** The text of a named statement (cached). */
    public String statement(String name) {
        return statements.computeIfAbsent(name,
                n -> CypherFile.withDomainEdgeTypes(CypherFile.load(ROOT + n + ".cypher"), domainEdgeTypes));
    }

    private List<Record> readStatement(String cypher, Map<String, Object> parameters, Duration txTimeout) {
        TransactionConfig config = TransactionConfig.builder().withTimeout(QueryBudget.timeoutFor(txTimeout)).build();
        try (Session session = driver.session(sessionConfig)) {
            return session.executeRead(tx -> tx.run(cypher, parameters).list(), config);
        }
    }
}
