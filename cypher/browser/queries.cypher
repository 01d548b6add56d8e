// tiegraph: the analysts' questions as ready Cypher for Neo4j Browser.
// Paste one block into the Browser's editor and run it, or drop this file on the Browser to keep it as a favourite.
// Entities are found by name or alias, case-insensitively: change the quoted names to ask about something else.
// Graph model: cypher/README.md. Domain relations connect (:Entity) nodes; each carries `id`, and the verbatim quotes
// that ground it are (:Evidence {edgeId: r.id})-[:FROM_SENTENCE]->(:Sentence)-[:CITES]->(:Source).

// 1. The drone path: how do drones reach Russia from China? China, then up to two linking entities (companies,
//    regions), a supplier that SUPPLIES or PRODUCES a drone item, and that item SUPPLIED_TO Russia.
MATCH (china:State)
WHERE toLower(china.name) = 'china' OR 'china' IN [a IN china.aliases | toLower(a)]
MATCH p = (china) (()--(:Entity)){0,2} (supplier:Entity)-[:SUPPLIES|PRODUCES]->(item:Item)-[:SUPPLIED_TO]->(russia:State)
WHERE (toLower(russia.name) = 'russia' OR 'russia' IN [a IN russia.aliases | toLower(a)])
  AND (toLower(item.name) CONTAINS 'drone' OR any(a IN item.aliases WHERE toLower(a) CONTAINS 'drone'))
RETURN p
LIMIT 50;

// 1b. The same drone path as a table: every hop with its modality, quote and footnote URLs.
MATCH (china:State)
WHERE toLower(china.name) = 'china' OR 'china' IN [a IN china.aliases | toLower(a)]
MATCH p = (china) (()--(:Entity)){0,2} (supplier:Entity)-[:SUPPLIES|PRODUCES]->(item:Item)-[:SUPPLIED_TO]->(russia:State)
WHERE (toLower(russia.name) = 'russia' OR 'russia' IN [a IN russia.aliases | toLower(a)])
  AND (toLower(item.name) CONTAINS 'drone' OR any(a IN item.aliases WHERE toLower(a) CONTAINS 'drone'))
UNWIND relationships(p) AS hop
WITH DISTINCT hop
MATCH (ev:Evidence {edgeId: hop.id})-[:FROM_SENTENCE]->(sentence:Sentence)
OPTIONAL MATCH (sentence)-[:CITES]->(source:Source)
RETURN startNode(hop).name AS from, type(hop) AS relation, endNode(hop).name AS to, ev.modality AS modality,
       ev.attribution AS attribution, ev.year AS year, ev.quote AS quote, collect(DISTINCT source.url) AS sources
ORDER BY from, relation, to;

// 2. A vessel's neighbourhood: each vessel the documents name and everything it is linked to (flag, routes,
//    damage, operators, cargo). To look at one vessel, add e.g.  WHERE toLower(v.name) CONTAINS 'eagle'.
MATCH p = (v:Vessel)-[r]-(other:Entity)
RETURN p
LIMIT 300;

// 2b. The vessels' relations as a table with their first quote.
MATCH (v:Vessel)-[r]-(other:Entity)
OPTIONAL MATCH (ev:Evidence {edgeId: r.id})
WITH v, r, other, collect(ev.quote) AS quotes
RETURN v.name AS vessel, v.flag AS flag, v.imo AS imo, type(r) AS relation,
       CASE WHEN startNode(r) = v THEN 'out' ELSE 'in' END AS direction, other.name AS other, other.type AS otherType,
       r.modality AS modality, r.year AS year, quotes[0] AS quote
ORDER BY vessel, relation;

// 3. Sanctions and their issuers: each sanction with who issued it and whom it targets, plus the direct
//    issuer -SANCTIONED-> target shortcuts (some sanctions are only stated that way).
MATCH (s:Sanction)
OPTIONAL MATCH issued = (s)-[:ISSUED_BY]->(:Entity)
OPTIONAL MATCH targeted = (s)-[:TARGETS]->(:Entity)
RETURN s, issued, targeted
UNION
MATCH issued = (:Entity)-[:SANCTIONED]->(:Entity)
RETURN null AS s, issued, null AS targeted;

// 3b. Who sanctioned whom, when, as a table with the quote.
MATCH (issuer:Entity)-[r:SANCTIONED]->(target:Entity)
OPTIONAL MATCH (ev:Evidence {edgeId: r.id})
WITH issuer, r, target, collect(ev.quote) AS quotes
RETURN issuer.name AS issuer, target.name AS target, target.type AS targetType, r.year AS year,
       r.modality AS modality, quotes[0] AS quote
ORDER BY year, issuer;

// 4. North Korea's treaties: the treaties it signed, joined or renewed, and the other parties to each.
MATCH (nk:State)
WHERE toLower(nk.name) IN ['north korea', 'dprk']
   OR any(a IN nk.aliases WHERE toLower(a) IN ['north korea', 'dprk', 'democratic people’s republic of korea'])
MATCH bound = (nk)-[:PARTY_TO|SIGNED|RENEWED]->(treaty:Treaty)
OPTIONAL MATCH partners = (treaty)<-[:PARTY_TO|SIGNED|RENEWED]-(party:Entity)
WHERE party <> nk
RETURN bound, partners;

// 5. Exercises with Iran: the exercises Iran took part in, conducted, observed or proposed, who else took part,
//    and where (and when) they were held.
MATCH (iran:State)
WHERE toLower(iran.name) = 'iran' OR 'iran' IN [a IN iran.aliases | toLower(a)]
MATCH joined = (iran)-[:PARTICIPATED_IN|CONDUCTED|OBSERVED|PROPOSED]->(exercise:Exercise)
OPTIONAL MATCH partners = (exercise)<-[:PARTICIPATED_IN|CONDUCTED]-(partner:Entity)
WHERE partner <> iran
OPTIONAL MATCH held = (exercise)-[:HELD_IN]->(:Entity)
RETURN joined, partners, held;

// 5b. The same exercises as a table: partners and venues with the years the text gives.
MATCH (iran:State)
WHERE toLower(iran.name) = 'iran' OR 'iran' IN [a IN iran.aliases | toLower(a)]
MATCH (iran)-[:PARTICIPATED_IN|CONDUCTED|OBSERVED|PROPOSED]->(exercise:Exercise)
OPTIONAL MATCH (exercise)<-[:PARTICIPATED_IN|CONDUCTED]-(partner:Entity)
WHERE partner <> iran
OPTIONAL MATCH (exercise)-[h:HELD_IN]->(place:Entity)
RETURN exercise.name AS exercise, collect(DISTINCT partner.name) AS partners,
       collect(DISTINCT place.name + coalesce(' (' + h.year + ')', '')) AS heldIn
ORDER BY exercise;

// 6. The coast-guard chain of command: every coast guard, the bodies it reports to or belongs to (up to three
//    levels), and who heads them.
MATCH (guard:Entity)
WHERE toLower(guard.name) CONTAINS 'coast guard' OR any(a IN guard.aliases WHERE toLower(a) CONTAINS 'coast guard')
OPTIONAL MATCH chain = (guard)-[:REPORTS_TO|PART_OF]->{1,3}(superior:Entity)
OPTIONAL MATCH headed = (head:Person)-[:HEADS|LEADS]->(superior)
RETURN guard, chain, headed;

// 7. Everything the documents say about one entity: its relations with the quotes, strongest evidence first.
MATCH (e:Entity)
WHERE toLower(e.name) = 'garpiya-3' OR 'garpiya-3' IN [a IN e.aliases | toLower(a)]
MATCH (e)-[r]-(other:Entity)
MATCH (ev:Evidence {edgeId: r.id})
RETURN startNode(r).name AS from, type(r) AS relation, endNode(r).name AS to, ev.modality AS modality,
       ev.year AS year, ev.quote AS quote, ev.documentId AS document
ORDER BY r.evidenceCount DESC, from, relation;

// 8. Find an entity by part of its name or an alias (full-text index over names and aliases; ~ allows typos).
CALL db.index.fulltext.queryNodes('entity_search', 'garpiya~')
YIELD node, score
RETURN node.id AS id, node.name AS name, node.type AS type, node.aliases AS aliases, score
LIMIT 10;

// 9. What the graph holds: entity and relation counts by type.
MATCH (e:Entity)
RETURN 'entity' AS kind, e.type AS type, count(*) AS count
UNION ALL
MATCH (:Entity)-[r]->(:Entity)
RETURN 'relation' AS kind, type(r) AS type, count(*) AS count;
