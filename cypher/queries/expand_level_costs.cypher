// The relationships the next level of a path search walks around each of two frontiers (expand_level.cypher): around
// an entity, a dense entity's ranking while capped, else all of them; the search grows the cheaper end first.
// Parameters: left (list of entity ids), right (list of entity ids), exhaustive (bool)
// Columns: one row, left (int), right (int)
CALL () {
  UNWIND $left AS leftId
  MATCH (a:Entity {id: leftId})
  RETURN sum(CASE WHEN NOT $exhaustive AND a.edgeRanking IS NOT NULL THEN size(a.edgeRanking)
                  ELSE COUNT { (a)--() } END) AS left
}
CALL () {
  UNWIND $right AS rightId
  MATCH (b:Entity {id: rightId})
  RETURN sum(CASE WHEN NOT $exhaustive AND b.edgeRanking IS NOT NULL THEN size(b.edgeRanking)
                  ELSE COUNT { (b)--() } END) AS right
}
RETURN left, right
