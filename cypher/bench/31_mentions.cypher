// Entity mentions in sentences. Parameters: $rows [{entity: <element id of the Entity>, sentence: <element id of the
// Sentence>, start, end, surface}].
UNWIND $rows AS row
MATCH (e:Entity) WHERE elementId(e) = row.entity
MATCH (s:Sentence) WHERE elementId(s) = row.sentence
CREATE (e)-[:MENTIONED_IN {start: row.start, end: row.end, surface: row.surface}]->(s)
