// The article that reports each event.
// Params: $keys (event keys), $limit (per event).
UNWIND $keys AS key
MATCH (e:Event {key: key})
RETURN key, COLLECT {
  MATCH (a:Article)-[:REPORTS]->(e)
  WITH a ORDER BY a.key LIMIT $limit
  RETURN {node: a {.*, _label: 'Article'}}
} AS items
