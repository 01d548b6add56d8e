// What a graph-shaped answer shows of its nodes and edges, in one round trip: the entities by id, and the evidence
// behind each edge (asserted before reported, better sourced first, then in document order) with the footnote
// sources its sentence cites.
// Parameters: ids (list of entity ids), edgeIds (list of edge ids), offset (int: evidence items skipped per edge),
//   perEdge (int: evidence items kept per edge)
// Columns: nodes (list of maps: id, name, type, aliases, discovered, generic; unknown ids are absent),
//   evidence (list of maps: edgeId, total (int: evidence items in all), items (list of maps: id, documentId,
//   sentenceId, quote, start, end, segments, year, modality, attribution, predicate, confidence, rule,
//   sources [{id, title, url, footnote}]))
CALL () {
  UNWIND $ids AS entityId
  MATCH (n:Entity {id: entityId})
  RETURN collect(n {.id, .name, .type, .aliases, .discovered, .generic}) AS nodes
}
CALL () {
  UNWIND $edgeIds AS edgeId
  CALL (edgeId) {
    MATCH (ev:Evidence {edgeId: edgeId})
    OPTIONAL MATCH (ev)-[:FROM_SENTENCE]->(s:Sentence)
    CALL (s) {
      OPTIONAL MATCH (s)-[c:CITES]->(src:Source)
      WITH src, c ORDER BY c.footnote, src.id
      RETURN collect(src {.id, .title, .url, footnote: c.footnote}) AS sources
    }
    WITH ev, sources
    ORDER BY CASE ev.modality WHEN 'asserted' THEN 0 WHEN 'reported' THEN 1 WHEN 'possible' THEN 2 WHEN 'planned' THEN 3 ELSE 4 END,
             size(sources) DESC, ev.documentId, ev.start
    RETURN collect(ev {.id, .documentId, .sentenceId, .quote, .start, .end, .segments, .year, .modality,
                       .attribution, .predicate, .confidence, .rule, sources: sources}) AS items
  }
  RETURN collect({edgeId: edgeId, total: size(items), items: items[$offset..($offset + $perEdge)]}) AS evidence
}
RETURN nodes, evidence
