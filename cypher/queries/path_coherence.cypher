// What path coherence needs: which of the entities are generic (a category of items, a group of firms), and where
// each edge's evidence stands in its documents (at most 50 places per edge).
// Parameters: ids (list of entity ids), edgeIds (list of edge ids)
// Columns: generic (list of entity ids), passages (list of maps: edgeId, places [{documentId, sentenceId, start}])
CALL () {
  UNWIND $ids AS entityId
  MATCH (n:Entity {id: entityId})
  WHERE n.generic = true
  RETURN collect(n.id) AS generic
}
CALL () {
  UNWIND $edgeIds AS edgeId
  CALL (edgeId) {
    MATCH (ev:Evidence {edgeId: edgeId})
    WITH ev ORDER BY ev.documentId, ev.start
    LIMIT 50
    RETURN collect({documentId: ev.documentId, sentenceId: ev.sentenceId, start: ev.start}) AS places
  }
  RETURN collect({edgeId: edgeId, places: places}) AS passages
}
RETURN generic, passages
