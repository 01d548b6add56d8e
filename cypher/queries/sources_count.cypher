// How many footnote sources there are, optionally only those a document cites.
// Parameters: documentId (string | null)
// Columns: total (int)
MATCH (src:Source)
WHERE $documentId IS NULL OR EXISTS { (s:Sentence {documentId: $documentId})-[:CITES]->(src) }
RETURN count(src) AS total
