// Sentences of synthetic documents, attached to their section.
// Parameters: $rows [{id, documentId, sectionId, index, start, end, text}].
UNWIND $rows AS row
MATCH (sec:Section {id: row.sectionId})
CREATE (sec)-[:HAS_SENTENCE]->(s:Sentence)
SET s = row
