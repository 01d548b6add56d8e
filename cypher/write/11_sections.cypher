// Sections of a document. Parameters: $documentId, $rows [{id, index, title, start, end}].
MATCH (d:Document {id: $documentId})
UNWIND $rows AS row
MERGE (sec:Section {id: row.id})
SET sec += row, sec.documentId = $documentId
MERGE (d)-[:HAS_SECTION]->(sec)
