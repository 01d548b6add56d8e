// Whether the database holds no node at all (the bench refuses to write into a non-empty external database).
// Columns: empty.
RETURN NOT EXISTS { MATCH (n) } AS empty
