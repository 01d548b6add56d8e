// The domain edges a document's evidence currently supports (before that evidence is replaced).
// Parameters: $documentId. Columns: edgeId, sourceId, type, targetId.
MATCH (ev:Evidence {documentId: $documentId})
RETURN DISTINCT ev.edgeId AS edgeId, ev.sourceId AS sourceId, ev.type AS type, ev.targetId AS targetId
