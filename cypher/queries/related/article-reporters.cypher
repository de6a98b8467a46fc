// People credited on each article, in byline order, with every role they had on it.
// Params: $keys (article keys), $limit (per article).
UNWIND $keys AS key
MATCH (a:Article {key: key})
RETURN key, COLLECT {
  MATCH (r:Reporter)-[w:WROTE]->(a)
  WITH r, collect(DISTINCT w.role) AS roles, min(w.start) AS start
  ORDER BY start, r.name LIMIT $limit
  RETURN {node: r {.*, _label: 'Reporter'}, roles: roles}
} AS items
