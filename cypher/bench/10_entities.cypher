// Synthetic entities (fresh ids, so CREATE): the Entity label plus the type lineage labels from the catalogue.
// Parameters: $rows [{labels: [Entity, ...lineage], properties: {id, name, type, aliases, searchText, discovered}}].
UNWIND $rows AS row
CREATE (e:$(row.labels))
SET e = row.properties
