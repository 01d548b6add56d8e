// One breadth-first level of the entity graph: the domain edges around the frontier that pass the filters,
// best-evidenced first, capped.
// __DOMAIN_EDGE_TYPES__ stands for the catalogue's edge types (CypherRunner puts them in).
// Parameters: frontier (list of entity ids), direction ('both' | 'out' | 'in', seen from the frontier),
//   edgeTypes (list | null), modalities (list | null), since (int | null), until (int | null),
//   nodeTypes (list of labels | null: the node across the edge must carry one), seenEdges (list of edge ids to skip),
//   limit (int)
// Columns: edge (map: id, type, source, target, modality, attribution, year, years, confidence, evidenceCount)
UNWIND $frontier AS frontierId
MATCH (a:Entity {id: frontierId})-[r:__DOMAIN_EDGE_TYPES__]-(b:Entity)
WHERE ($direction = 'both' OR ($direction = 'out') = (startNode(r) = a))
  AND ($edgeTypes IS NULL OR type(r) IN $edgeTypes)
  AND ($modalities IS NULL OR r.modality IN $modalities)
  AND (($since IS NULL AND $until IS NULL)
       OR any(y IN coalesce(r.years, [r.year])
              WHERE toInteger(left(toString(y), 4)) >= coalesce($since, -100000)
                AND toInteger(left(toString(y), 4)) <= coalesce($until, 100000)))
  AND ($nodeTypes IS NULL OR any(l IN labels(b) WHERE l IN $nodeTypes))
  AND NOT coalesce(r.id, elementId(r)) IN $seenEdges
WITH DISTINCT r
ORDER BY coalesce(r.evidenceCount, 0) DESC, coalesce(r.id, elementId(r))
LIMIT $limit
RETURN r {id: coalesce(r.id, elementId(r)), type: type(r), source: startNode(r).id, target: endNode(r).id,
          .modality, .attribution, .year, .years, .confidence, .evidenceCount} AS edge
