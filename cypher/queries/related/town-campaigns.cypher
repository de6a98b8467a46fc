// Campaigns held in each town (Campaign-HELD_IN->Town), with the number of supporting articles.
// Params: $keys (town keys), $limit (per town).
UNWIND $keys AS key
MATCH (t:Town {key: key})
RETURN key, COLLECT {
  MATCH (c:Campaign)-[r:HELD_IN]->(t)
  WITH c, r ORDER BY r.count DESC, c.name LIMIT $limit
  RETURN {node: c {.*, _label: 'Campaign'}, count: r.count}
} AS items
