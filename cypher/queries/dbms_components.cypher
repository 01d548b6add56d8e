// The database server's name, version and edition (health check).
// Parameters: none
// Columns: name, version, edition
CALL dbms.components() YIELD name, versions, edition
RETURN name, versions[0] AS version, edition
