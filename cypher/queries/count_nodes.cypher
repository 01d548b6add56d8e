// How many nodes there are (from the count store).
// Parameters: none
// Columns: total (int)
MATCH (n)
RETURN count(n) AS total
