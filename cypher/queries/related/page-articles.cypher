// The articles on each page, in page order.
// Params: $keys (page keys), $limit (per page).
UNWIND $keys AS key
MATCH (p:Page {key: key})
RETURN key, COLLECT {
  MATCH (a:Article)-[o:ON_PAGE]->(p)
  WITH a, o ORDER BY o.index LIMIT $limit
  RETURN {node: a {.*, _label: 'Article'}}
} AS items
