// The documents that mention an entity, with how many times.
// Parameters: id (entity id)
// Columns: document (map: id, title, date), mentions (int)
MATCH (n:Entity {id: $id})-[:MENTIONED_IN]->(s:Sentence)
WITH s.documentId AS documentId, count(*) AS mentions
OPTIONAL MATCH (d:Document {id: documentId})
RETURN {id: documentId, title: d.title, date: d.date} AS document, mentions
ORDER BY mentions DESC, documentId
