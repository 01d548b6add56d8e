// Waits until every index is online (the bulk write builds the schema last, then waits here).
CALL db.awaitIndexes(600)
