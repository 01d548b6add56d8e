// The type and labels of entities, for resolving the steps of a path pattern and the ends of a path query.
// Parameters: ids (list of entity ids)
// Columns: id, type, labels (list of strings), dense (bool: the entity keeps an edge ranking, more than 1 000 domain
//   edges); unknown ids give no row
UNWIND $ids AS entityId
MATCH (n:Entity {id: entityId})
RETURN n.id AS id, n.type AS type, labels(n) AS labels, n.edgeRankingDegree IS NOT NULL AS dense
