// Articles that mention each town, newest first, with the number of mentions.
// Params: $keys (town keys), $limit (per town).
UNWIND $keys AS key
MATCH (t:Town {key: key})
RETURN key, COLLECT {
  MATCH (a:Article)-[m:MENTIONS]->(t)
  WITH a, m ORDER BY a.date DESC, a.key LIMIT $limit
  RETURN {node: a {.*, _label: 'Article'}, count: m.count}
} AS items
