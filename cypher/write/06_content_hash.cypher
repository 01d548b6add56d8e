// Records the normalised-content hash of a document loaded before it was kept (its content is unchanged).
// Parameters: $documentId, $contentHash.
MATCH (d:Document {id: $documentId})
SET d.contentHash = $contentHash
