// Every entity with its type and aliases, in id order (graph fingerprint). Columns: line.
MATCH (e:Entity)
RETURN e.id + '|' + e.type + '|' + e.name + '|' + reduce(s = '', a IN coalesce(e.aliases, []) | s + a + ';') AS line
ORDER BY line
