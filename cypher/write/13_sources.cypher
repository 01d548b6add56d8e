// Cited sources and the sentences citing them. Parameters: $rows [{sentenceId, footnote, id, title, url}].
UNWIND $rows AS row
MERGE (src:Source {id: row.id})
SET src.title = CASE WHEN coalesce(row.title, '') <> '' THEN row.title ELSE src.title END,
    src.url = coalesce(row.url, src.url)
WITH src, row
MATCH (s:Sentence {id: row.sentenceId})
MERGE (s)-[c:CITES]->(src)
SET c.footnote = row.footnote
