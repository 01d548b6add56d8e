// One entity with all its stored properties and labels.
// Parameters: id (entity id)
// Columns: properties (map), labels (list of strings)
MATCH (n:Entity {id: $id})
RETURN properties(n) AS properties, labels(n) AS labels
