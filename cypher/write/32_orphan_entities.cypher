// Removes discovered entities that no sentence mentions and no edge touches any more.
// Parameters: $ids (candidate entity ids).
UNWIND $ids AS id
MATCH (e:Entity {id: id})
WHERE e.discovered AND NOT (e)--()
DELETE e
