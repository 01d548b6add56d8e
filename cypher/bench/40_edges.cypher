// Synthetic domain edges (types from the catalogue whitelist, chosen by the generator) with their evidence summary.
// Parameters: $rows [{sourceId, targetId, type, properties: {id, modality, attribution, year, years, confidence,
// evidenceCount, documentIds}}].
UNWIND $rows AS row
MATCH (a:Entity {id: row.sourceId})
MATCH (b:Entity {id: row.targetId})
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.properties
