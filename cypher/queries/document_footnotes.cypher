// The footnotes of a document in document order, with their verbatim text and page (documents loaded before
// footnotes were kept have none; their sources still come from document_sources).
// Parameters: id (document id)
// Columns: footnote (map: number, text, start, end, page)
MATCH (:Document {id: $id})-[:HAS_FOOTNOTE]->(f:Footnote)
RETURN f {.number, .text, .start, .end, .page} AS footnote
ORDER BY f.position
