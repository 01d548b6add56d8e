// Synthetic documents with their sections, sentences and footnote citations, each relationship created with its
// node. Returns the element id of every sentence (for its evidence and mentions).
// Parameters: $rows [{properties: {id, title, path, format, sha256, author, date, venue, kind, source},
// sections: [{properties: {id, documentId, index, title, start, end}, sentences: [{properties: {id, documentId,
// sectionId, index, start, end, text}, citations: [{source: <element id of the Source>, footnote}]}]}]}].
// Columns: id, node.
UNWIND $rows AS doc
CREATE (d:Document)
SET d = doc.properties
WITH d, doc
UNWIND doc.sections AS sec
CREATE (d)-[:HAS_SECTION]->(x:Section)
SET x = sec.properties
WITH x, sec
UNWIND sec.sentences AS sen
CREATE (x)-[:HAS_SENTENCE]->(s:Sentence)
SET s = sen.properties
WITH s, sen
CALL (s, sen) {
  UNWIND sen.citations AS cite
  MATCH (src:Source) WHERE elementId(src) = cite.source
  CREATE (s)-[:CITES {footnote: cite.footnote}]->(src)
}
RETURN sen.properties.id AS id, elementId(s) AS node
