// Articles that mention each campaign, newest first, with the number of mentions.
// Params: $keys (campaign keys), $limit (per campaign).
UNWIND $keys AS key
MATCH (c:Campaign {key: key})
RETURN key, COLLECT {
  MATCH (a:Article)-[m:MENTIONS]->(c)
  WITH a, m ORDER BY a.date DESC, a.key LIMIT $limit
  RETURN {node: a {.*, _label: 'Article'}, count: m.count}
} AS items
