// The embedded DBMS's password for its one user, run by the application on the system database (embedded API).
ALTER USER neo4j SET PLAINTEXT PASSWORD $password CHANGE NOT REQUIRED
