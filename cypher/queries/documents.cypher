// Documents in id order with their metadata and size.
// Parameters: offset (int), limit (int)
// Columns: document (map of metadata), sections (int), sentences (int)
MATCH (d:Document)
WITH d ORDER BY d.id SKIP $offset LIMIT $limit
RETURN d {.id, .title, .format, .sha256, .author, .date, .venue, .kind, .source, .loadedAt} AS document,
       COUNT { (d)-[:HAS_SECTION]->(:Section) } AS sections,
       COUNT { (d)-[:HAS_SECTION]->(:Section)-[:HAS_SENTENCE]->(:Sentence) } AS sentences
