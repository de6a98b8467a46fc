// Empties the graph, in batches so a large graph does not need one huge transaction.
// Used by tests to start each file from a known state.
MATCH (n)
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS
