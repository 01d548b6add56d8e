// Footnotes of a document with their verbatim text. Parameters: $documentId,
// $rows [{id, position, number, start, end, text, page (absent without pages)}].
MATCH (d:Document {id: $documentId})
UNWIND $rows AS row
MERGE (f:Footnote {id: row.id})
SET f += row, f.documentId = $documentId
MERGE (d)-[:HAS_FOOTNOTE]->(f)
