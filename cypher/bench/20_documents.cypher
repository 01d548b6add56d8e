// Synthetic documents with their sections, sentences and footnote citations, each relationship created with its
// node. Properties are spelled out inline (no SET n = map, no WITH of a map): the planner then needs no Eager before
// the result. Returns the element id of every sentence (for its evidence and mentions).
// Parameters: $rows [{properties: {id, title, path, format, sha256, author, date, venue, kind, source},
// sections: [{properties: {id, documentId, index, title, start, end}, sentences: [{properties: {id, documentId,
// sectionId, index, start, end, text}, citations: [{source: <element id of the Source>, footnote}]}]}]}].
// Columns: id, node.
UNWIND $rows AS doc
CREATE (d:Document {
  id: doc.properties.id, title: doc.properties.title, path: doc.properties.path, format: doc.properties.format,
  sha256: doc.properties.sha256, author: doc.properties.author, date: doc.properties.date,
  venue: doc.properties.venue, kind: doc.properties.kind, source: doc.properties.source})
WITH d, doc
UNWIND doc.sections AS sec
CREATE (d)-[:HAS_SECTION]->(x:Section {
  id: sec.properties.id, documentId: sec.properties.documentId, index: sec.properties.index,
  title: sec.properties.title, start: sec.properties.start, end: sec.properties.end})
WITH x, sec
UNWIND sec.sentences AS sen
CREATE (x)-[:HAS_SENTENCE]->(s:Sentence {
  id: sen.properties.id, documentId: sen.properties.documentId, sectionId: sen.properties.sectionId,
  index: sen.properties.index, start: sen.properties.start, end: sen.properties.end, text: sen.properties.text})
WITH s, sen
CALL (s, sen) {
  UNWIND sen.citations AS cite
  MATCH (src:Source) WHERE elementId(src) = cite.source
  CREATE (s)-[:CITES {footnote: cite.footnote}]->(src)
}
RETURN sen.properties.id AS id, elementId(s) AS node
