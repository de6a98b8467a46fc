// Articles that mention each unit, newest first, with the number of mentions.
// Params: $keys (unit keys), $limit (per unit).
UNWIND $keys AS key
MATCH (u:Unit {key: key})
RETURN key, COLLECT {
  MATCH (a:Article)-[m:MENTIONS]->(u)
  WITH a, m ORDER BY a.date DESC, a.key LIMIT $limit
  RETURN {node: a {.*, _label: 'Article'}, count: m.count}
} AS items
