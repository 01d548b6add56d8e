// How many entities there are, optionally of one type.
// Parameters: type (label | null)
// Columns: total (int)
MATCH (n:Entity)
WHERE $type IS NULL OR $type IN labels(n)
RETURN count(n) AS total
