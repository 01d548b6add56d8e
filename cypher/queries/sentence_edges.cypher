// The domain edges among the given ids that touch an entity mentioned in the sentence.
// Parameters: id (sentence id), edgeIds (list of edge ids)
// Columns: edge (map: id, type, source, target, modality, attribution, year, years, confidence, evidenceCount)
MATCH (:Sentence {id: $id})<-[:MENTIONED_IN]-(:Entity)-[r]-(:Entity)
WHERE r.id IN $edgeIds
WITH DISTINCT r
RETURN r {id: r.id, type: type(r), source: startNode(r).id, target: endNode(r).id,
          .modality, .attribution, .year, .years, .confidence, .evidenceCount} AS edge
ORDER BY r.id
