// One breadth-first level of a neighbourhood, complete for the answer: the domain edges around the frontier that pass
// the filters (best-evidenced first, capped), each with both end entities and its evidence (asserted before
// reported, better sourced first, then in document order) with the footnote sources its sentence cites.
// A dense entity keeps its best edges in that order (edgeRanking, see write/33_edge_rankings.cypher). While its degree
// is the one ranked, the best edges passing the filters are a prefix of that ranking, so when the ranking holds $limit
// of them they are this entity's share of the answer; otherwise every edge of the entity is ranked here.
// __DOMAIN_EDGE_TYPES__ stands for the catalogue's edge types (CypherRunner puts them in).
// Parameters: frontier (list of entity ids), edgeTypes (list | null), modalities (list | null), since (int | null),
//   until (int | null), nodeTypes (list of labels | null: the node across the edge must carry one),
//   seenEdges (list of edge ids to skip), limit (int), perEdge (int: evidence items kept per edge)
// Columns: edge (map: id, type, source, target, modality, attribution, year, years, confidence, evidenceCount),
//   source (map: id, name, type, aliases, discovered), target (same), evidence (list of maps: id, documentId,
//   sentenceId, quote, start, end, segments, year, modality, attribution, predicate, confidence, rule,
//   sources [{id, title, url, footnote}]), total (int: evidence items in all)
UNWIND $frontier AS frontierId
MATCH (a:Entity {id: frontierId})
CALL (a) {
  WITH a, a.edgeRanking AS ranking
  WHERE ranking IS NOT NULL AND a.edgeRankingDegree = COUNT { (a)-[:__DOMAIN_EDGE_TYPES__]-() }
  // Without filters only the seen edges can be skipped, so the first $limit + size($seenEdges) suffice.
  WITH a, ranking,
       CASE WHEN $edgeTypes IS NULL AND $modalities IS NULL AND $since IS NULL AND $until IS NULL
                 AND $nodeTypes IS NULL AND $limit + size($seenEdges) < size(ranking)
            THEN $limit + size($seenEdges) ELSE size(ranking) END AS reading
  UNWIND range(0, reading - 1) AS position
  MATCH ()-[r]->() WHERE elementId(r) = ranking[position]
  WITH a, position, r, CASE WHEN startNode(r) = a THEN endNode(r) ELSE startNode(r) END AS b
  WHERE (startNode(r) = a OR endNode(r) = a) AND b:Entity
    AND ($edgeTypes IS NULL OR type(r) IN $edgeTypes)
    AND ($modalities IS NULL OR r.modality IN $modalities)
    AND (($since IS NULL AND $until IS NULL)
         OR any(y IN coalesce(r.years, [r.year])
                WHERE toInteger(left(toString(y), 4)) >= coalesce($since, -100000)
                  AND toInteger(left(toString(y), 4)) <= coalesce($until, 100000)))
    AND ($nodeTypes IS NULL OR any(l IN labels(b) WHERE l IN $nodeTypes))
    AND NOT coalesce(r.id, elementId(r)) IN $seenEdges
  WITH r ORDER BY position LIMIT $limit
  RETURN collect(r) AS ranked
}
WITH collect(CASE WHEN size(ranked) < $limit THEN a END) AS scanned,
     collect(CASE WHEN size(ranked) >= $limit THEN ranked END) AS rankings
CALL (scanned, rankings) {
  UNWIND scanned AS a
  MATCH (a)-[r:__DOMAIN_EDGE_TYPES__]-(b:Entity)
  WHERE ($edgeTypes IS NULL OR type(r) IN $edgeTypes)
    AND ($modalities IS NULL OR r.modality IN $modalities)
    AND (($since IS NULL AND $until IS NULL)
         OR any(y IN coalesce(r.years, [r.year])
                WHERE toInteger(left(toString(y), 4)) >= coalesce($since, -100000)
                  AND toInteger(left(toString(y), 4)) <= coalesce($until, 100000)))
    AND ($nodeTypes IS NULL OR any(l IN labels(b) WHERE l IN $nodeTypes))
    AND NOT coalesce(r.id, elementId(r)) IN $seenEdges
  RETURN r
  UNION
  UNWIND rankings AS ranking
  UNWIND ranking AS r
  RETURN r
}
WITH DISTINCT r
ORDER BY coalesce(r.evidenceCount, 0) DESC, coalesce(r.id, elementId(r))
LIMIT $limit
WITH r, startNode(r) AS s, endNode(r) AS t, coalesce(r.id, elementId(r)) AS edgeId
CALL (edgeId) {
  OPTIONAL MATCH (ev:Evidence {edgeId: edgeId})
  OPTIONAL MATCH (ev)-[:FROM_SENTENCE]->(sentence:Sentence)
  CALL (sentence) {
    OPTIONAL MATCH (sentence)-[c:CITES]->(src:Source)
    WITH src, c ORDER BY c.footnote, src.id
    RETURN collect(src {.id, .title, .url, footnote: c.footnote}) AS sources
  }
  WITH ev, sources
  ORDER BY CASE ev.modality WHEN 'asserted' THEN 0 WHEN 'reported' THEN 1 WHEN 'possible' THEN 2 WHEN 'planned' THEN 3 ELSE 4 END,
           size(sources) DESC, ev.documentId, ev.start
  WITH collect(ev {.id, .documentId, .sentenceId, .quote, .start, .end, .segments, .year, .modality, .attribution,
                   .predicate, .confidence, .rule, sources: sources}) AS items
  RETURN items[0..$perEdge] AS evidence, size(items) AS total
}
RETURN r {id: edgeId, type: type(r), source: s.id, target: t.id,
          .modality, .attribution, .year, .years, .confidence, .evidenceCount} AS edge,
       s {.id, .name, .type, .aliases, .discovered} AS source,
       t {.id, .name, .type, .aliases, .discovered} AS target,
       evidence, total
ORDER BY coalesce(r.evidenceCount, 0) DESC, edgeId
