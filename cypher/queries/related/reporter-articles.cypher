// Articles each reporter is credited on, newest first, with every role they had on it.
// Params: $keys (reporter keys), $limit (per reporter), $role (null = any role).
UNWIND $keys AS key
MATCH (r:Reporter {key: key})
RETURN key, COLLECT {
  MATCH (r)-[w:WROTE]->(a:Article)
  WITH a, collect(DISTINCT w.role) AS roles
  WHERE $role IS NULL OR $role IN roles
  WITH a, roles ORDER BY a.date DESC, a.key LIMIT $limit
  RETURN {node: a {.*, _label: 'Article'}, roles: roles}
} AS items
