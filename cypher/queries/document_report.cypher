// The stored JSON load report of a document.
// Parameters: id (document id)
// Columns: report (string | null)
MATCH (d:Document {id: $id})
RETURN d.report AS report
