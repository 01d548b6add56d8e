// Creates or updates a document node. Parameters: $doc (map with id and metadata properties).
MERGE (d:Document {id: $doc.id})
SET d += $doc
