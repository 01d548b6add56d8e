// Entities by id, for the nodes of a graph-shaped answer.
// Parameters: ids (list of entity ids)
// Columns: node (map: id, name, type, aliases, discovered)
UNWIND $ids AS entityId
MATCH (n:Entity {id: entityId})
RETURN n {.id, .name, .type, .aliases, .discovered} AS node
