// Every domain edge with its summary, in id order (graph fingerprint). Columns: line.
MATCH (a:Entity)-[r]->(b:Entity)
RETURN a.id + '|' + type(r) + '|' + b.id + '|' + r.id + '|' + r.modality + '|' + toString(r.evidenceCount) AS line
ORDER BY line
