// Lookups the loader and the API make by something other than a node key.
CREATE INDEX evidence_edge IF NOT EXISTS FOR (n:Evidence) ON (n.edgeId);
CREATE INDEX evidence_document IF NOT EXISTS FOR (n:Evidence) ON (n.documentId);
CREATE INDEX sentence_document IF NOT EXISTS FOR (n:Sentence) ON (n.documentId);
CREATE INDEX section_document IF NOT EXISTS FOR (n:Section) ON (n.documentId);
CREATE INDEX entity_type IF NOT EXISTS FOR (n:Entity) ON (n.type);
CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name);
CREATE INDEX document_content IF NOT EXISTS FOR (n:Document) ON (n.contentHash);
