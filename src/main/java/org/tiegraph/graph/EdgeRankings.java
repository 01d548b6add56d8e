package org.tiegraph.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.SimpleQueryRunner;

/**
 * Keeps the stored edge rankings of dense entities current: each entity with more than {@link #DENSE_DEGREE} domain
 * edges holds its {@link #RANKED_EDGES} best-evidenced edges in neighbourhood order, so a neighbourhood reads that
 * prefix instead of ranking tens of thousands of edges on every request.
 */
public final class EdgeRankings {

    /** Entities with more domain edges than this keep a ranking; ranking fewer on the fly costs a few milliseconds. */
    public static final int DENSE_DEGREE = 1_000;
    /** Edges a ranking holds: as many as the largest neighbourhood answer (the API's edge cap). */
    public static final int RANKED_EDGES = 1_000;
    private static final int BATCH = 500;

    private final String rankStatement;
    private final String denseStatement;
    private final int denseDegree;
    private final int rankedEdges;

    /** {@code domainEdgeTypes}: the catalogue's edge types, the edges that are ranked. */
    public EdgeRankings(Collection<String> domainEdgeTypes) {
        this(domainEdgeTypes, DENSE_DEGREE, RANKED_EDGES);
    }

    /** As {@link #EdgeRankings(Collection)}, ranking entities above {@code denseDegree} edges, {@code rankedEdges} each. */
    public EdgeRankings(Collection<String> domainEdgeTypes, int denseDegree, int rankedEdges) {
        this.denseDegree = denseDegree;
        this.rankedEdges = rankedEdges;
        this.rankStatement = CypherFile.withDomainEdgeTypes(CypherFile.load("write/33_edge_rankings.cypher"), domainEdgeTypes);
        this.denseStatement = CypherFile.withDomainEdgeTypes(CypherFile.load("admin/dense_entities.cypher"), domainEdgeTypes);
    }

    /** Ranks (or un-ranks) the entities {@code ids} whose edges a write in {@code tx} changed. */
    public void refresh(SimpleQueryRunner tx, Collection<String> ids) {
        List<String> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += BATCH) {
            tx.run(rankStatement, parameters(all.subList(from, Math.min(all.size(), from + BATCH)))).consume();
        }
    }

    /** Ranks every dense entity of the database, a batch of entities per write transaction; returns how many. */
    public int refreshAll(Driver driver, SessionConfig session) {
        try (var s = driver.session(session)) {
            List<String> dense = s.executeRead(tx -> tx.run(denseStatement, Map.of("dense", denseDegree))
                    .list(r -> r.get("id").asString()));
            for (int from = 0; from < dense.size(); from += BATCH) {
                List<String> batch = new ArrayList<>(dense.subList(from, Math.min(dense.size(), from + BATCH)));
                s.executeWrite(tx -> tx.run(rankStatement, parameters(batch)).consume());
            }
            return dense.size();
        }
    }

    private Map<String, Object> parameters(List<String> ids) {
        return Map.of("ids", ids, "dense", denseDegree, "keep", rankedEdges);
    }
}
