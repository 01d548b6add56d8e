// Synthetic cited sources; returns each row's position and the node's element id (for the citations).
// Parameters: $rows [{id, title, url}]. Columns: i, node.
UNWIND range(0, size($rows) - 1) AS i
WITH i, $rows[i] AS row
CREATE (src:Source {id: row.id, title: row.title, url: row.url})
RETURN i, elementId(src) AS node
