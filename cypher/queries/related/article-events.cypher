// Events each article reports.
// Params: $keys (article keys), $limit (per article).
UNWIND $keys AS key
MATCH (a:Article {key: key})
RETURN key, COLLECT {
  MATCH (a)-[:REPORTS]->(e:Event)
  WITH e ORDER BY e.key LIMIT $limit
  RETURN {node: e {.*, _label: 'Event'}}
} AS items
