// Every node with its label and properties, by key: a whole-graph snapshot for tests
// and debugging (small graphs only).
MATCH (n)
RETURN labels(n)[0] AS label, n.key AS key, properties(n) AS props
ORDER BY key
