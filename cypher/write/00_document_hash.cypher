// The content hashes a document was last loaded with (none when never loaded): sha256 of its text as read, and
// contentHash of its normalised text (absent for documents loaded before it was kept).
// Parameters: $documentId. Columns: sha256, contentHash.
MATCH (d:Document {id: $documentId})
RETURN d.sha256 AS sha256, d.contentHash AS contentHash
