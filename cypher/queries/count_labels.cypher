// Nodes per label, by one scan (one small plan whatever the vocabulary; linear in the number of nodes).
// Parameters: none
// Columns: label, count (int)
MATCH (n)
UNWIND labels(n) AS label
RETURN label, count(*) AS count
