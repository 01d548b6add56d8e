// Sections of synthetic documents, attached to their document. Parameters: $rows [{id, documentId, index, title, start, end}].
UNWIND $rows AS row
MATCH (d:Document {id: row.documentId})
CREATE (d)-[:HAS_SECTION]->(sec:Section)
SET sec = row
