// Full-text candidates for an entity search over names and aliases (index entity_search), best Lucene score first.
// Exact name/alias matches are ranked first by the caller.
// Parameters: query (Lucene query string, user text escaped), type (label | null), pool (int: candidates)
// Columns: entity (map: id, name, type, aliases, discovered), score (float)
CALL db.index.fulltext.queryNodes('entity_search', $query, {limit: $pool}) YIELD node, score
WHERE $type IS NULL OR $type IN labels(node)
RETURN node {.id, .name, .type, .aliases, .discovered} AS entity, score
