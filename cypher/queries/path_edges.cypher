// The stored properties of the edges on the candidate paths of a path search (its levels read only ids and ends).
// Parameters: elements (list of relationship element ids)
// Columns: one row, edges (list of maps: id, type, source, target, modality, attribution, year, years, confidence,
//   evidenceCount)
UNWIND $elements AS element
MATCH ()-[r]->() WHERE elementId(r) = element
RETURN collect(r {id: coalesce(r.id, elementId(r)), type: type(r), source: startNode(r).id, target: endNode(r).id,
                  .modality, .attribution, .year, .years, .confidence, .evidenceCount}) AS edges
