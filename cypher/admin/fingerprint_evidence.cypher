// Every evidence, sentence and source, in id order (graph fingerprint). Columns: line.
CALL {
  MATCH (ev:Evidence)
  RETURN ev.id + '|' + ev.edgeId + '|' + ev.sentenceId + '|' + toString(ev.start) + '|' + toString(ev.end) + '|' + ev.quote AS line
  UNION ALL
  MATCH (s:Sentence)
  RETURN s.id + '|' + toString(s.start) + '|' + toString(s.end) AS line
  UNION ALL
  MATCH (s:Source)
  RETURN s.id + '|' + coalesce(s.url, '') AS line
}
RETURN line ORDER BY line
