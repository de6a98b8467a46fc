// Articles that mention each person, newest first.
// Params: $keys (person keys), $limit (per person).
UNWIND $keys AS key
MATCH (n:Person {key: key})
RETURN key, COLLECT {
  MATCH (a:Article)-[m:MENTIONS]->(n)
  WITH a, m ORDER BY a.date DESC, a.key LIMIT $limit
  RETURN {node: a {.*, _label: 'Article'}, count: m.count}
} AS items
