// The chain of towns each town lies in, nearest first (county, city, province …).
// Params: $keys (town keys), $limit (per town).
UNWIND $keys AS key
MATCH (t:Town {key: key})
RETURN key, COLLECT {
  MATCH p = (t)-[:PART_OF*1..8]->(a:Town)
  WITH a, min(length(p)) AS hops ORDER BY hops, a.key LIMIT $limit
  RETURN {node: a {.*, _label: 'Town'}, count: hops}
} AS items
