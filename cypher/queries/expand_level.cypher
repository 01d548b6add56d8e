// One breadth-first level of the entity graph for a path search: the domain edges around the frontier that pass the
// filters, best-evidenced first, capped at $limit. Unless $exhaustive, an entity with more than 1 000 domain edges is
// followed only through its 1 000 best-evidenced (the ranking write/33_edge_rankings.cypher stores, read while its
// degree is the one ranked) and no edge outside a dense end's ranking (outsideCap) is followed, in either direction.
// __DOMAIN_EDGE_TYPES__ stands for the catalogue's edge types (CypherRunner puts them in).
// Parameters: frontier (list of entity ids), direction ('both' | 'out' | 'in', seen from the frontier),
//   edgeTypes (list | null), modalities (list | null), since (int | null), until (int | null),
//   nodeTypes (list of labels | null: the node across the edge must carry one), seenEdges (list of edge ids to skip),
//   limit (int), exhaustive (bool)
// Columns: one row, edges (list of maps: id, type, source, target, modality, attribution, year, years, confidence,
//   evidenceCount), capped (list of ids of frontier entities the dense-entity cap kept from some edge)
UNWIND $frontier AS frontierId
MATCH (a:Entity {id: frontierId})
WITH a, CASE WHEN NOT $exhaustive AND a.edgeRankingDegree IS NOT NULL
                  AND a.edgeRankingDegree = COUNT { (a)-[:__DOMAIN_EDGE_TYPES__]-() }
             THEN a.edgeRanking END AS ranking
WITH collect({entity: a, ranking: ranking}) AS starts
CALL (starts) {
  UNWIND starts AS start
  WITH start.entity AS a, start.ranking AS ranking
  CALL (a, ranking) {
    WITH a, ranking WHERE ranking IS NOT NULL
    UNWIND ranking AS rankedId
    MATCH ()-[r]->() WHERE elementId(r) = rankedId
    RETURN r
    UNION
    WITH a, ranking WHERE ranking IS NULL
    MATCH (a)-[r:__DOMAIN_EDGE_TYPES__]-()
    RETURN r
  }
  WITH a, r, CASE WHEN startNode(r) = a THEN endNode(r) ELSE startNode(r) END AS b
  WHERE (startNode(r) = a OR endNode(r) = a) AND b:Entity
    AND ($direction = 'both' OR ($direction = 'out') = (startNode(r) = a))
    AND ($edgeTypes IS NULL OR type(r) IN $edgeTypes)
    AND ($modalities IS NULL OR r.modality IN $modalities)
    AND (($since IS NULL AND $until IS NULL)
         OR any(y IN coalesce(r.years, [r.year])
                WHERE toInteger(left(toString(y), 4)) >= coalesce($since, -100000)
                  AND toInteger(left(toString(y), 4)) <= coalesce($until, 100000)))
    AND ($nodeTypes IS NULL OR any(l IN labels(b) WHERE l IN $nodeTypes))
    AND NOT coalesce(r.id, elementId(r)) IN $seenEdges
  WITH a, r, NOT $exhaustive AND r.outsideCap IS NOT NULL AS cut
  RETURN collect(DISTINCT CASE WHEN cut THEN a.id END) AS cutAt, collect(DISTINCT CASE WHEN NOT cut THEN r END) AS followed
}
CALL (followed) {
  UNWIND followed AS r
  WITH r
  ORDER BY coalesce(r.evidenceCount, 0) DESC, coalesce(r.id, elementId(r))
  LIMIT $limit
  RETURN collect(r {id: coalesce(r.id, elementId(r)), type: type(r), source: startNode(r).id, target: endNode(r).id,
                    .modality, .attribution, .year, .years, .confidence, .evidenceCount}) AS edges
}
RETURN edges, [s IN starts WHERE s.ranking IS NOT NULL | s.entity.id] + cutAt AS capped
