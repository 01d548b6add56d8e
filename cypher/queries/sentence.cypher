// One sentence: verbatim text and position, its document, the entities mentioned in it, the sources it cites and
// the ids of the edges it grounds.
// Parameters: id (sentence id)
// Columns: sentence (map: id, documentId, sectionId, index, start, end, text, segments: flat list of start, end
//   offsets, one pair per verbatim segment), documentTitle, mentions (list of maps:
//   id, name, type, start, end, surface), sources (list of maps: id, title, url, footnote), edgeIds (list)
MATCH (s:Sentence {id: $id})
OPTIONAL MATCH (d:Document {id: s.documentId})
RETURN s {.id, .documentId, .sectionId, .index, .start, .end, .text, .segments} AS sentence, d.title AS documentTitle,
       COLLECT { MATCH (e:Entity)-[m:MENTIONED_IN]->(s)
                 RETURN {id: e.id, name: e.name, type: e.type, start: m.start, end: m.end, surface: m.surface}
                 ORDER BY m.start, e.id } AS mentions,
       COLLECT { MATCH (s)-[c:CITES]->(src:Source)
                 RETURN src {.id, .title, .url, footnote: c.footnote} ORDER BY c.footnote, src.id } AS sources,
       COLLECT { MATCH (ev:Evidence)-[:FROM_SENTENCE]->(s) RETURN DISTINCT ev.edgeId } AS edgeIds
