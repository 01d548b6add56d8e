// Synthetic documents. Parameters: $rows [{id, title, path, format, sha256, author, date, venue, kind, source}].
UNWIND $rows AS row
CREATE (d:Document)
SET d = row
