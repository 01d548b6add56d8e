// Where a sentence sits among the sentences of its kind in its document, for a window of its neighbours. Body
// sentences have ids <documentId>:s<index>; sentences of footnote prose <documentId>:f<footnote>s<k> (indexes after
// the body's).
// Parameters: documentId, around (sentence id; null for the document's first body sentence)
// Columns: index (null when the document has no such sentence), inFootnotes (boolean), first, last (the lowest and
//   highest index of that kind); no row for an unknown document
MATCH (d:Document {id: $documentId})
OPTIONAL MATCH (t:Sentence {id: $around}) WHERE t.documentId = d.id
WITH d, t, t IS NOT NULL AND substring(t.id, size(d.id) + 1, 1) = 'f' AS inFootnotes
CALL (d, inFootnotes) {
  MATCH (s:Sentence {documentId: d.id})
  WHERE (substring(s.id, size(d.id) + 1, 1) = 'f') = inFootnotes
  RETURN min(s.index) AS first, max(s.index) AS last
}
RETURN CASE WHEN $around IS NULL THEN first ELSE t.index END AS index, inFootnotes, first, last
