// The footnote sources a document cites, by footnote number, with how many of its sentences cite each.
// Parameters: id (document id)
// Columns: source (map: id, title, url, footnote), citations (int)
MATCH (:Document {id: $id})-[:HAS_SECTION]->(:Section)-[:HAS_SENTENCE]->(s:Sentence)-[c:CITES]->(src:Source)
WITH src, min(c.footnote) AS footnote, count(DISTINCT s) AS citations
RETURN src {.id, .title, .url, footnote: footnote} AS source, citations
ORDER BY footnote, src.id
