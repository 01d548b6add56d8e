// Entities in id order, optionally of one type (a type admits its subtypes through the lineage labels).
// Parameters: type (label | null), offset (int), limit (int)
// Columns: entity (map: id, name, type, aliases, discovered)
MATCH (n:Entity)
WHERE n.id IS NOT NULL AND ($type IS NULL OR $type IN labels(n))
RETURN n {.id, .name, .type, .aliases, .discovered} AS entity
ORDER BY n.id
SKIP $offset
LIMIT $limit
