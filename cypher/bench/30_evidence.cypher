// Evidence items (verbatim quotes of sentences) for the synthetic domain edges, linked to their sentence.
// Parameters: $rows [{sentence: <element id of the Sentence>, properties: {id, edgeId, sourceId, type, targetId,
// documentId, sentenceId, start, end, quote, year, modality, attribution, rule, confidence, predicate}}].
UNWIND $rows AS row
MATCH (s:Sentence) WHERE elementId(s) = row.sentence
CREATE (ev:Evidence)-[:FROM_SENTENCE]->(s)
SET ev = row.properties
