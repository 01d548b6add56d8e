// A run of a document's sentences of one kind (body or footnote prose, see document_sentence_at) in index order, each
// with its section, page, the footnote sources it cites and the facts (evidence of domain edges) drawn from it.
// Parameters: documentId, from, to (sentence indexes, inclusive), inFootnotes (boolean)
// Columns: sentence (map: id, index, sectionId, start, end, text, segments, page), section (map: id, index, title;
//   null when missing), sources (list of maps: id, title, url, footnote), facts (list of maps: evidenceId, edgeId,
//   type, source and target (maps: id, name, type), quote, start, end, segments, year, modality, attribution, rule,
//   confidence, predicate)
MATCH (s:Sentence {documentId: $documentId})
WHERE s.index >= $from AND s.index <= $to AND (substring(s.id, size($documentId) + 1, 1) = 'f') = $inFootnotes
OPTIONAL MATCH (sec:Section {id: s.sectionId})
RETURN s {.id, .index, .sectionId, .start, .end, .text, .segments, .page} AS sentence,
       sec {.id, .index, .title} AS section,
       COLLECT { MATCH (s)-[c:CITES]->(src:Source)
                 RETURN src {.id, .title, .url, footnote: c.footnote} ORDER BY c.footnote, src.id } AS sources,
       COLLECT { MATCH (ev:Evidence)-[:FROM_SENTENCE]->(s)
                 OPTIONAL MATCH (a:Entity {id: ev.sourceId})
                 OPTIONAL MATCH (b:Entity {id: ev.targetId})
                 RETURN {evidenceId: ev.id, edgeId: ev.edgeId, type: ev.type,
                         source: {id: ev.sourceId, name: a.name, type: a.type},
                         target: {id: ev.targetId, name: b.name, type: b.type},
                         quote: ev.quote, start: ev.start, end: ev.end, segments: ev.segments, year: ev.year,
                         modality: ev.modality, attribution: ev.attribution, rule: ev.rule, confidence: ev.confidence,
                         predicate: ev.predicate}
                 ORDER BY ev.start, ev.id } AS facts
ORDER BY s.index
