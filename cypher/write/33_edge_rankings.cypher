// Keeps on each given entity with more than $dense domain edges its $keep best-evidenced domain edges, in the order a
// neighbourhood ranks them (evidence items, then edge id), as element ids in edgeRanking, and the domain degree it
// had then in edgeRankingDegree; an entity at or below $dense loses any ranking. A neighbourhood reads a dense
// entity's ranking instead of ranking every one of its edges, while the degree still matches. Counting every
// relationship of an entity is one degree read; only entities above $dense (or ranked before) count by type.
// __DOMAIN_EDGE_TYPES__ stands for the catalogue's edge types.
// Parameters: ids (entity ids), dense (int), keep (int)
UNWIND $ids AS id
MATCH (e:Entity {id: id})
WITH e, COUNT { (e)--() } AS edges
WHERE edges > $dense OR e.edgeRankingDegree IS NOT NULL
CALL (e) {
  RETURN COUNT { (e)-[:__DOMAIN_EDGE_TYPES__]-() } AS degree
}
CALL (e, degree) {
  WITH e, degree WHERE degree > $dense
  MATCH (e)-[r:__DOMAIN_EDGE_TYPES__]-()
  WITH DISTINCT e, degree, r
  ORDER BY coalesce(r.evidenceCount, 0) DESC, coalesce(r.id, elementId(r))
  LIMIT $keep
  WITH e, degree, collect(elementId(r)) AS ranking
  SET e.edgeRanking = ranking, e.edgeRankingDegree = degree
}
CALL (e, degree) {
  WITH e, degree WHERE degree <= $dense AND e.edgeRankingDegree IS NOT NULL
  REMOVE e.edgeRanking, e.edgeRankingDegree
}
