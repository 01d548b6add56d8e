// Evidence items (verbatim quotes of sentences) for the synthetic domain edges, linked to their sentence.
// Parameters: $rows [{id, edgeId, sourceId, type, targetId, documentId, sentenceId, start, end, quote, year, modality,
// attribution, rule, confidence, predicate}].
UNWIND $rows AS row
MATCH (s:Sentence {id: row.sentenceId})
CREATE (ev:Evidence)-[:FROM_SENTENCE]->(s)
SET ev = row
