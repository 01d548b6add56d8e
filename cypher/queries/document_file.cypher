// The file a document was loaded from (for a reload; answers never show it).
// Parameters: id (document id)
// Columns: path (string | null)
MATCH (d:Document {id: $id})
RETURN d.path AS path
