// The footnotes of a document in document order, with their verbatim text and page (documents loaded before
// footnotes were kept have none; their sources still come from document_sources).
// Parameters: id (document id)
// Columns: footnotes (list of maps: number, text, start, end, page); no row for an unknown document
MATCH (d:Document {id: $id})
RETURN COLLECT { MATCH (d)-[:HAS_FOOTNOTE]->(f:Footnote)
                 RETURN f {.number, .text, .start, .end, .page} ORDER BY f.position } AS footnotes
