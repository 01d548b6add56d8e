// One breadth-first level of the entity graph for a path search: the domain edges around the frontier that pass the
// filters, best-evidenced first, capped at $limit. Unless $exhaustive, an entity with more than 1 000 domain edges is
// followed only through its 1 000 best-evidenced (the ranking write/33_edge_rankings.cypher stores, read while its
// degree is the one ranked) and no edge outside a dense end's ranking (outsideCap) is followed, in either direction.
// __DOMAIN_EDGE_TYPES__ stands for the catalogue's edge types (CypherRunner puts them in).
// Parameters: frontier (list of entity ids), direction ('both' | 'out' | 'in', seen from the frontier),
//   edgeTypes (list | null), modalities (list | null), since (int | null), until (int | null),
//   nodeTypes (list of labels | null: the node across the edge must carry one), seenEdges (list of edge ids to skip),
//   limit (int), exhaustive (bool), within (list of entity ids | null: the entity across the edge must be one)
// Columns: one row, edges (list of maps: id, source, target, element (the element id, to read the stored properties
//   of the few edges a search keeps: path_edges.cypher)), capped (list of ids of frontier entities the dense-entity cap kept from some edge),
//   ends (list of [id, cost] for every entity at an end of those edges: the relationships a next level walks around
//   it, its ranking while capped, else all of them; a path search grows the end with the cheaper frontier first)
UNWIND $frontier AS frontierId
MATCH (a:Entity {id: frontierId})
WITH a, NOT $exhaustive AND a.edgeRankingDegree IS NOT NULL
        AND a.edgeRankingDegree = COUNT { (a)-[:__DOMAIN_EDGE_TYPES__]-() } AS ranked
// The entity across an edge is tested against $within first, inside each branch, so that the other filters and the
// projection never see the edges of a last level that do not reach the other frontier (most of them)
CALL (a, ranked) {
  WITH a WHERE ranked
  UNWIND a.edgeRanking AS rankedId
  MATCH ()-[r]->() WHERE elementId(r) = rankedId
  WITH r WHERE $within IS NULL OR (CASE WHEN startNode(r) = a THEN endNode(r) ELSE startNode(r) END).id IN $within
  RETURN r
  UNION ALL
  // one row without an edge, so that a ranked entity is reported even when none of its ranked edges passes
  WITH a WHERE ranked
  RETURN null AS r
  UNION ALL
  WITH a WHERE NOT ranked
  MATCH (a)-[r:__DOMAIN_EDGE_TYPES__]-(b)
  WHERE $within IS NULL OR b.id IN $within
  RETURN r
}
WITH a, ranked, r, CASE WHEN startNode(r) = a THEN endNode(r) ELSE startNode(r) END AS b
WHERE r IS NULL
   OR ((startNode(r) = a OR endNode(r) = a) AND b:Entity
       AND ($direction = 'both' OR ($direction = 'out') = (startNode(r) = a))
       AND ($edgeTypes IS NULL OR type(r) IN $edgeTypes)
       AND ($modalities IS NULL OR r.modality IN $modalities)
       AND (($since IS NULL AND $until IS NULL)
            OR any(y IN coalesce(r.years, [r.year])
                   WHERE toInteger(left(toString(y), 4)) >= coalesce($since, -100000)
                     AND toInteger(left(toString(y), 4)) <= coalesce($until, 100000)))
       AND ($nodeTypes IS NULL OR any(l IN labels(b) WHERE l IN $nodeTypes))
       AND NOT coalesce(r.id, elementId(r)) IN $seenEdges)
// rows, not lists, are sorted: a list carried on every sorted row would be counted once per row
WITH a.id AS at, ranked, r, NOT $exhaustive AND r.outsideCap IS NOT NULL AS cut
ORDER BY coalesce(r.evidenceCount, 0) DESC, coalesce(r.id, elementId(r))
WITH collect(DISTINCT CASE WHEN ranked OR cut THEN at END) AS capped,
     collect(DISTINCT CASE WHEN r IS NOT NULL AND NOT cut THEN r END)[0..$limit] AS followed
RETURN [r IN followed | {id: coalesce(r.id, elementId(r)), source: startNode(r).id, target: endNode(r).id,
                         element: elementId(r)}] AS edges,
       capped,
       COLLECT {
         UNWIND followed AS r
         UNWIND [startNode(r), endNode(r)] AS n
         WITH DISTINCT n
         RETURN [n.id, CASE WHEN NOT $exhaustive AND n.edgeRanking IS NOT NULL THEN size(n.edgeRanking)
                            ELSE COUNT { (n)--() } END]
       } AS ends
