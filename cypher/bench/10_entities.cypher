// Synthetic entities (fresh ids, so CREATE): the Entity label plus the type lineage labels from the catalogue.
// Returns each row's position and the node's element id, which the later statements use to find it without an index
// (the schema is built after the bulk write). Parameters: $rows [{labels: [Entity, ...lineage], properties: {id,
// name, type, aliases, searchText, discovered}}]. Columns: i, node.
UNWIND range(0, size($rows) - 1) AS i
WITH i, $rows[i] AS row
CREATE (e:$(row.labels) {
  id: row.properties.id, name: row.properties.name, type: row.properties.type, aliases: row.properties.aliases,
  searchText: row.properties.searchText, discovered: row.properties.discovered})
RETURN i, elementId(e) AS node
