// Footnote citations from sentences to sources. Parameters: $rows [{sentenceId, sourceId, footnote}].
UNWIND $rows AS row
MATCH (s:Sentence {id: row.sentenceId})
MATCH (src:Source {id: row.sourceId})
CREATE (s)-[:CITES {footnote: row.footnote}]->(src)
