// Sentences, attached to their section. Parameters: $documentId,
// $rows [{id, sectionId, index, start, end, text, segments, page (absent for documents without pages)}].
UNWIND $rows AS row
MATCH (sec:Section {id: row.sectionId})
MERGE (s:Sentence {id: row.id})
SET s += row, s.documentId = $documentId
MERGE (sec)-[:HAS_SENTENCE]->(s)
