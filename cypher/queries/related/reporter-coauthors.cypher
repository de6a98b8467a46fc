// People credited on the same articles as each reporter; count = shared articles.
// Params: $keys (reporter keys), $limit (per reporter).
UNWIND $keys AS key
MATCH (r:Reporter {key: key})
RETURN key, COLLECT {
  MATCH (r)-[:WROTE]->(a:Article)<-[:WROTE]-(o:Reporter)
  WHERE o <> r
  WITH o, count(DISTINCT a) AS articles ORDER BY articles DESC, o.name LIMIT $limit
  RETURN {node: o {.*, _label: 'Reporter'}, count: articles}
} AS items
