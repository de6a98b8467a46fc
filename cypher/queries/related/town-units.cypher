// Units based in each town (BASED_IN), best-evidenced first.
// Params: $keys (town keys), $limit (per town).
UNWIND $keys AS key
MATCH (t:Town {key: key})
RETURN key, COLLECT {
  MATCH (u:Unit)-[r:BASED_IN]->(t)
  WITH u, r ORDER BY r.count DESC, u.name LIMIT $limit
  RETURN {node: u {.*, _label: 'Unit'}, count: r.count}
} AS items
