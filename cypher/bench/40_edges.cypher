// Synthetic domain edges (types from the catalogue whitelist, chosen by the generator) with their evidence summary.
// Properties are spelled out inline (no SET r = map), so the planner needs no Eager; absent values (null) are not
// stored. Parameters: $rows [{source: <element id>, target: <element id>, type, properties: {id, modality,
// attribution, year, years, confidence, evidenceCount, documentIds}}].
UNWIND $rows AS row
MATCH (a:Entity) WHERE elementId(a) = row.source
MATCH (b:Entity) WHERE elementId(b) = row.target
CREATE (a)-[:$(row.type) {
  id: row.properties.id, modality: row.properties.modality, attribution: row.properties.attribution,
  year: row.properties.year, years: row.properties.years, confidence: row.properties.confidence,
  evidenceCount: row.properties.evidenceCount, documentIds: row.properties.documentIds}]->(b)
