// Entities mentioned by a document (candidates for clean-up when the document is replaced).
// Parameters: $documentId. Columns: id.
MATCH (s:Sentence {documentId: $documentId})<-[:MENTIONED_IN]-(e:Entity)
RETURN DISTINCT e.id AS id
