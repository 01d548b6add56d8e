// Which of the given entity ids are already in the graph (for the load report's new/matched counts).
// Parameters: $ids. Columns: id.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN e.id AS id
