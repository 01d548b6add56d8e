// Relationships per type, by one scan (one small plan whatever the vocabulary; linear in the number of relationships).
// Parameters: none
// Columns: type, count (int)
MATCH ()-[r]->()
RETURN type(r) AS type, count(*) AS count
