// The evidence behind each edge with the footnote sources its sentence cites: asserted before reported, better
// sourced first, then in document order.
// Parameters: edgeIds (list of edge ids), perEdge (int: evidence items kept per edge)
// Columns: edgeId, evidence (list of maps: id, documentId, sentenceId, quote, start, end, year, modality,
//   attribution, predicate, confidence, rule, sources [{id, title, url, footnote}]), total (int)
UNWIND $edgeIds AS edgeId
MATCH (ev:Evidence {edgeId: edgeId})
OPTIONAL MATCH (ev)-[:FROM_SENTENCE]->(s:Sentence)
CALL (s) {
  OPTIONAL MATCH (s)-[c:CITES]->(src:Source)
  WITH src, c ORDER BY c.footnote, src.id
  RETURN collect(src {.id, .title, .url, footnote: c.footnote}) AS sources
}
WITH edgeId, ev, sources
ORDER BY edgeId,
         CASE ev.modality WHEN 'asserted' THEN 0 WHEN 'reported' THEN 1 WHEN 'planned' THEN 2 ELSE 3 END,
         size(sources) DESC, ev.documentId, ev.start
WITH edgeId, collect(ev {.id, .documentId, .sentenceId, .quote, .start, .end, .year, .modality, .attribution,
                         .predicate, .confidence, .rule, sources: sources}) AS items
RETURN edgeId, items[0..$perEdge] AS evidence, size(items) AS total
