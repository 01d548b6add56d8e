// Keeps on each given entity with more than $dense domain edges its $keep best-evidenced domain edges, in the order a
// neighbourhood ranks them (evidence items, then edge id), as element ids in edgeRanking, and the domain degree it
// had then in edgeRankingDegree; an entity at or below $dense loses any ranking. A neighbourhood reads a dense
// entity's ranking instead of ranking every one of its edges, while the degree still matches. Counting every
// relationship of an entity is one degree read; only entities above $dense (or ranked before) count by type.
// It also marks each domain edge of these entities that lies outside the ranking of a ranked end (outsideCap = true;
// unmarked: the property is absent): paths and patterns follow a dense entity only through its ranked edges, in
// either direction, unless asked to be exhaustive. An edge between two ranked entities is marked last by the later
// of the two in $ids, which sees both rankings as they end.
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
  WITH e, degree, collect(r) AS ranked
  SET e.edgeRanking = [r IN ranked[0..$keep] | elementId(r)], e.edgeRankingDegree = degree
  WITH e, ranked
  UNWIND range(0, size(ranked) - 1) AS position
  WITH e, ranked[position] AS r, position >= $keep AS beyond
  WITH r, beyond, CASE WHEN startNode(r) = e THEN endNode(r) ELSE startNode(r) END AS other
  WITH r, beyond OR (other <> e AND other.edgeRankingDegree IS NOT NULL
                     AND NOT elementId(r) IN other.edgeRanking) AS outside
  WHERE coalesce(r.outsideCap, false) <> outside
  SET r.outsideCap = CASE WHEN outside THEN true END
}
CALL (e, degree) {
  WITH e, degree WHERE degree <= $dense AND e.edgeRankingDegree IS NOT NULL
  REMOVE e.edgeRanking, e.edgeRankingDegree
  WITH e
  MATCH (e)-[r:__DOMAIN_EDGE_TYPES__]-()
  WITH DISTINCT e, r, CASE WHEN startNode(r) = e THEN endNode(r) ELSE startNode(r) END AS other
  WITH r, other <> e AND other.edgeRankingDegree IS NOT NULL AND NOT elementId(r) IN other.edgeRanking AS outside
  WHERE coalesce(r.outsideCap, false) <> outside
  SET r.outsideCap = CASE WHEN outside THEN true END
}
