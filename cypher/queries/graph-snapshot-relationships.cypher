// Every relationship as (start key, type, end key, properties): a whole-graph snapshot
// for tests and debugging (small graphs only).
MATCH (a)-[r]->(b)
RETURN a.key AS from, type(r) AS type, b.key AS to, properties(r) AS props
ORDER BY from, type, to
