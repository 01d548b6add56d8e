// One domain edge by id with its two entities, found through its evidence (which records the edge's ends).
// Parameters: id (edge id)
// Columns: edge (map: id, type, source, target, modality, attribution, year, years, confidence, evidenceCount),
//   source (map: id, name, type, aliases, discovered), target (same); no row for an unknown id
MATCH (ev:Evidence {edgeId: $id})
WITH ev LIMIT 1
MATCH (a:Entity {id: ev.sourceId})-[r]->(b:Entity {id: ev.targetId})
WHERE r.id = $id
RETURN r {.id, type: type(r), source: a.id, target: b.id,
          .modality, .attribution, .year, .years, .confidence, .evidenceCount} AS edge,
       a {.id, .name, .type, .aliases, .discovered} AS source,
       b {.id, .name, .type, .aliases, .discovered} AS target
