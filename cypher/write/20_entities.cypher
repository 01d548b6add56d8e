// Entities with their type lineage labels; aliases accumulate across documents, catalogue names win.
// Parameters: $rows [{id, type, labels, name, aliases, searchText?, discovered, properties}].
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
ON CREATE SET e.name = row.name, e.type = row.type, e.discovered = row.discovered
SET e += row.properties,
    e.name = CASE WHEN row.discovered THEN e.name ELSE row.name END,
    e.type = CASE WHEN row.discovered THEN e.type ELSE row.type END,
    e.discovered = e.discovered AND row.discovered,
    e.aliases = reduce(acc = coalesce(e.aliases, []), a IN row.aliases | CASE WHEN a IN acc THEN acc ELSE acc + a END)
SET e.searchText = reduce(t = e.name, a IN e.aliases | t + ' | ' + a)
SET e:$(row.labels)
