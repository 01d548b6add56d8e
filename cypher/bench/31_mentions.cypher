// Entity mentions in sentences. Parameters: $rows [{entityId, sentenceId, start, end, surface}].
UNWIND $rows AS row
MATCH (e:Entity {id: row.entityId})
MATCH (s:Sentence {id: row.sentenceId})
CREATE (e)-[:MENTIONED_IN {start: row.start, end: row.end, surface: row.surface}]->(s)
