// Footnote sources in id order, optionally only those a document cites, with the documents citing them.
// Parameters: documentId (string | null), offset (int), limit (int)
// Columns: source (map: id, title, url), citations (int: citing sentences), documents (list of document ids)
MATCH (src:Source)
WHERE $documentId IS NULL OR EXISTS { (s:Sentence {documentId: $documentId})-[:CITES]->(src) }
WITH src ORDER BY src.id SKIP $offset LIMIT $limit
RETURN src {.id, .title, .url} AS source,
       COUNT { (:Sentence)-[:CITES]->(src) } AS citations,
       COLLECT { MATCH (s:Sentence)-[:CITES]->(src) RETURN DISTINCT s.documentId ORDER BY s.documentId } AS documents
