// Recomputes each touched edge's summary from its evidence; an edge left without evidence is deleted.
// Parameters: $rows [{edgeId, sourceId, type, targetId}].
UNWIND $rows AS row
MATCH (a:Entity {id: row.sourceId})-[r:$(row.type) {id: row.edgeId}]->(b:Entity {id: row.targetId})
OPTIONAL MATCH (ev:Evidence {edgeId: row.edgeId})
WITH r, ev ORDER BY ev.documentId, ev.start
WITH r, collect(ev) AS evs
CALL (r, evs) {
  WITH r, evs WHERE size(evs) = 0
  DELETE r
}
CALL (r, evs) {
  WITH r, evs WHERE size(evs) > 0
  WITH r, evs,
       [m IN ['asserted', 'reported', 'possible', 'planned', 'denied'] WHERE any(e IN evs WHERE e.modality = m)][0] AS modality,
       [e IN evs WHERE e.year IS NOT NULL | e.year] AS years,
       [e IN evs WHERE coalesce(e.attribution, '') <> '' | e.attribution] AS attributions
  SET r.modality = modality,
      r.years = reduce(acc = [], y IN years | CASE WHEN y IN acc THEN acc ELSE acc + y END),
      r.year = CASE WHEN size(years) > 0 THEN years[0] ELSE null END,
      r.attribution = CASE WHEN size(attributions) > 0 THEN attributions[0] ELSE null END,
      r.confidence = reduce(c = 0.0, e IN evs | CASE WHEN e.confidence > c THEN e.confidence ELSE c END),
      r.evidenceCount = size(evs),
      r.documentIds = reduce(acc = [], e IN evs | CASE WHEN e.documentId IN acc THEN acc ELSE acc + e.documentId END)
}
