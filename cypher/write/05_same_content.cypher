// Another document already holding the same normalised text, if any (the first by id).
// Parameters: $documentId, $contentHash. Columns: id.
MATCH (d:Document {contentHash: $contentHash})
WHERE d.id <> $documentId
RETURN d.id AS id
ORDER BY id
LIMIT 1
