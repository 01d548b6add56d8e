// The content hash a document was last loaded with (none when never loaded).
// Parameters: $documentId. Columns: sha256.
MATCH (d:Document {id: $documentId})
RETURN d.sha256 AS sha256
