// Whether the store holds an entity, to recognise the graph a kept store was written with.
// Parameters: id (entity id)
// Columns: one row, id, when the entity exists
MATCH (e:Entity {id: $id})
RETURN e.id AS id
