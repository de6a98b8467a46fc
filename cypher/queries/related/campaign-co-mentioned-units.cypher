// Units named in the same articles as each campaign (weaker than ran it: the article
// mentions both); count = such articles.
// Params: $keys (campaign keys), $limit (per campaign).
UNWIND $keys AS key
MATCH (c:Campaign {key: key})
RETURN key, COLLECT {
  MATCH (c)<-[:MENTIONS]-(a:Article)-[:MENTIONS]->(u:Unit)
  WITH u, count(DISTINCT a) AS articles ORDER BY articles DESC, u.name LIMIT $limit
  RETURN {node: u {.*, _label: 'Unit'}, count: articles}
} AS items
