// Domain edges (type from the catalogue whitelist, checked by the loader) and the evidence grounding them.
// Parameters: $rows [{edgeId, sourceId, type, targetId, evidence: {id, documentId, sentenceId, start, end, segments
// (flat list: start, end, start, end, ...), quote, year, modality, attribution, rule, confidence, predicate}}].
UNWIND $rows AS row
MATCH (a:Entity {id: row.sourceId})
MATCH (b:Entity {id: row.targetId})
MATCH (s:Sentence {id: row.evidence.sentenceId})
MERGE (a)-[r:$(row.type) {id: row.edgeId}]->(b)
MERGE (ev:Evidence {id: row.evidence.id})
SET ev += row.evidence, ev.edgeId = row.edgeId, ev.sourceId = row.sourceId, ev.type = row.type,
    ev.targetId = row.targetId
MERGE (ev)-[:FROM_SENTENCE]->(s)
