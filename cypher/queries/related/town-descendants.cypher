// Every town inside each town at any depth, ordered by official code then name.
// Params: $keys (town keys), $limit (per town).
UNWIND $keys AS key
MATCH (t:Town {key: key})
RETURN key, COLLECT {
  MATCH p = (d:Town)-[:PART_OF*1..8]->(t)
  WITH d, min(length(p)) AS hops ORDER BY d.code, d.name LIMIT $limit
  RETURN {node: d {.*, _label: 'Town'}, count: hops}
} AS items
