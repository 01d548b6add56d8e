// Evidence items (verbatim quotes of sentences) for the synthetic domain edges, linked to their sentence. Properties
// are spelled out inline (no SET n = map), so the planner needs no Eager; absent values (null) are not stored.
// Parameters: $rows [{sentence: <element id of the Sentence>, properties: {id, edgeId, sourceId, type, targetId,
// documentId, sentenceId, start, end, quote, year, modality, attribution, rule, confidence, predicate}}].
UNWIND $rows AS row
MATCH (s:Sentence) WHERE elementId(s) = row.sentence
CREATE (:Evidence {
  id: row.properties.id, edgeId: row.properties.edgeId, sourceId: row.properties.sourceId,
  type: row.properties.type, targetId: row.properties.targetId, documentId: row.properties.documentId,
  sentenceId: row.properties.sentenceId, start: row.properties.start, end: row.properties.end,
  quote: row.properties.quote, year: row.properties.year, modality: row.properties.modality,
  attribution: row.properties.attribution, rule: row.properties.rule, confidence: row.properties.confidence,
  predicate: row.properties.predicate})-[:FROM_SENTENCE]->(s)
