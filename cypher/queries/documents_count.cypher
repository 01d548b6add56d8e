// How many documents are loaded.
// Parameters: none
// Columns: total (int)
MATCH (d:Document)
RETURN count(d) AS total
