// Synthetic cited sources. Parameters: $rows [{id, title, url}].
UNWIND $rows AS row
CREATE (src:Source)
SET src = row
