// Removes a document's evidence, sentences, sections and footnotes (their relationships go with them).
// Parameters: $documentId.
CALL {
  MATCH (ev:Evidence {documentId: $documentId}) DETACH DELETE ev
}
CALL {
  MATCH (s:Sentence {documentId: $documentId}) DETACH DELETE s
}
CALL {
  MATCH (sec:Section {documentId: $documentId}) DETACH DELETE sec
}
CALL {
  MATCH (:Document {id: $documentId})-[:HAS_FOOTNOTE]->(f:Footnote) DETACH DELETE f
}
