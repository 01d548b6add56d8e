// One document: metadata, its sections, and counts of sentences, evidence, edges grounded, entities and mentions.
// Parameters: id (document id)
// Columns: document (map of metadata), sections (list of maps: id, index, title, start, end), sentences (int),
//   evidence (int), edges (int), entities (int), mentions (int), hasReport (boolean)
MATCH (d:Document {id: $id})
CALL (d) {
  MATCH (ev:Evidence {documentId: d.id})
  RETURN count(ev) AS evidence, count(DISTINCT ev.edgeId) AS edges
}
CALL (d) {
  OPTIONAL MATCH (d)-[:HAS_SECTION]->(:Section)-[:HAS_SENTENCE]->(:Sentence)<-[:MENTIONED_IN]-(e:Entity)
  RETURN count(DISTINCT e) AS entities, count(e) AS mentions
}
RETURN d {.id, .title, .format, .sha256, .author, .date, .venue, .kind, .source, .loadedAt} AS document,
       COLLECT { MATCH (d)-[:HAS_SECTION]->(sec:Section)
                 RETURN sec {.id, .index, .title, .start, .end} ORDER BY sec.index } AS sections,
       COUNT { (d)-[:HAS_SECTION]->(:Section)-[:HAS_SENTENCE]->(:Sentence) } AS sentences,
       evidence, edges, entities, mentions, d.report IS NOT NULL AS hasReport
