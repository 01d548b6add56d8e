// Waits until every index is online (after the bulk write, before measuring reads).
CALL db.awaitIndexes(600)
