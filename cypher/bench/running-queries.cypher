// Queries still running in the database, other than this one: the bench waits for none
// before it measures again, so abandoned work from a timed run does not slow the next.
// Params: none.
SHOW TRANSACTIONS YIELD currentQuery
WHERE NOT currentQuery CONTAINS 'SHOW TRANSACTIONS'
RETURN count(*) AS running
