// Reporters who covered each town: credited on an article that mentions the town or
// reports an event held there; count = such articles.
// Params: $keys (town keys), $limit (per town).
UNWIND $keys AS key
MATCH (t:Town {key: key})
RETURN key, COLLECT {
  MATCH (r:Reporter)-[:WROTE]->(a:Article)
  WHERE (a)-[:MENTIONS]->(t) OR (a)-[:REPORTS]->(:Event)-[:HELD_IN]->(t)
  WITH r, count(DISTINCT a) AS articles ORDER BY articles DESC, r.name LIMIT $limit
  RETURN {node: r {.*, _label: 'Reporter'}, count: articles}
} AS items
