// Entities with more than $dense domain edges (the ones that keep an edge ranking), in id order. Counting every
// relationship first is one degree read per entity; only the few above it count their domain edges type by type.
// __DOMAIN_EDGE_TYPES__ stands for the catalogue's edge types.
// Parameters: dense (int). Columns: id
MATCH (e:Entity)
WITH e, COUNT { (e)--() } AS edges
WHERE edges > $dense
CALL (e) {
  RETURN COUNT { (e)-[:__DOMAIN_EDGE_TYPES__]-() } AS domainEdges
}
WITH e, domainEdges
WHERE domainEdges > $dense
RETURN e.id AS id
ORDER BY id
