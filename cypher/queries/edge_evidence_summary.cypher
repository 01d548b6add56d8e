// How well each edge is evidenced, for ranking paths: evidence items and distinct footnote sources behind them.
// Parameters: edgeIds (list of edge ids)
// Columns: edgeId, evidence (int), sources (int)
UNWIND $edgeIds AS edgeId
OPTIONAL MATCH (ev:Evidence {edgeId: edgeId})
OPTIONAL MATCH (ev)-[:FROM_SENTENCE]->(:Sentence)-[:CITES]->(src:Source)
RETURN edgeId, count(DISTINCT ev) AS evidence, count(DISTINCT src) AS sources
