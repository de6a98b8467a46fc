// The page each article is printed on.
// Params: $keys (article keys), $limit (per article).
UNWIND $keys AS key
MATCH (a:Article {key: key})
RETURN key, COLLECT {
  MATCH (a)-[:ON_PAGE]->(p:Page)
  WITH p ORDER BY p.key LIMIT $limit
  RETURN {node: p {.*, _label: 'Page'}}
} AS items
