// The town each town is directly part of (aggregated PART_OF between towns).
// Params: $keys (town keys), $limit (per town).
UNWIND $keys AS key
MATCH (t:Town {key: key})
RETURN key, COLLECT {
  MATCH (t)-[r:PART_OF]->(p:Town)
  WITH p, r ORDER BY r.count DESC, p.key LIMIT $limit
  RETURN {node: p {.*, _label: 'Town'}, count: r.count}
} AS items
