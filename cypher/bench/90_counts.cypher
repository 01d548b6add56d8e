// What the database holds after a bulk write, from the count store. Columns: entities, documents, sentences, sources,
// evidence, relationships.
CALL () { MATCH (n:Entity) RETURN count(n) AS entities }
CALL () { MATCH (n:Document) RETURN count(n) AS documents }
CALL () { MATCH (n:Sentence) RETURN count(n) AS sentences }
CALL () { MATCH (n:Source) RETURN count(n) AS sources }
CALL () { MATCH (n:Evidence) RETURN count(n) AS evidence }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
RETURN entities, documents, sentences, sources, evidence, relationships
