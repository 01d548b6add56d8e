// An entity's domain edges counted by type and direction.
// Parameters: id (entity id)
// Columns: type, out (int), in (int)
MATCH (n:Entity {id: $id})-[r]-(:Entity)
RETURN type(r) AS type,
       sum(CASE WHEN startNode(r) = n THEN 1 ELSE 0 END) AS out,
       sum(CASE WHEN endNode(r) = n AND startNode(r) <> n THEN 1 ELSE 0 END) AS in
ORDER BY out + in DESC, type
