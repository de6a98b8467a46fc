// The towns directly inside each town.
// Params: $keys (town keys), $limit (per town).
UNWIND $keys AS key
MATCH (t:Town {key: key})
RETURN key, COLLECT {
  MATCH (c:Town)-[r:PART_OF]->(t)
  WITH c, r ORDER BY c.code, c.name LIMIT $limit
  RETURN {node: c {.*, _label: 'Town'}, count: r.count}
} AS items
