// The type and labels of one entity, for resolving the steps of a path pattern and the ends of a path query.
// Parameters: id (entity id)
// Columns: id, type, labels (list of strings)
MATCH (n:Entity {id: $id})
RETURN n.id AS id, n.type AS type, labels(n) AS labels
