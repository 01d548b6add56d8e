// Synthetic domain edges (types from the catalogue whitelist, chosen by the generator) with their evidence summary.
// Parameters: $rows [{source: <element id>, target: <element id>, type, properties: {id, modality, attribution, year,
// years, confidence, evidenceCount, documentIds}}].
UNWIND $rows AS row
MATCH (a:Entity) WHERE elementId(a) = row.source
MATCH (b:Entity) WHERE elementId(b) = row.target
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.properties
