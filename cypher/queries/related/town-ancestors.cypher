// The chain of towns each town lies in, nearest first (county, city, province …): from
// each town up its best-supported PART_OF (most evidence, then key), the same step
// town-parent.cypher takes, so `ancestors` starts with `parent` and never branches.
// Params: $keys (town keys), $limit (per town).
UNWIND $keys AS key
MATCH (t:Town {key: key})
RETURN key, COLLECT {
  MATCH p = (t)-[:PART_OF*1..8]->(a:Town)
  WHERE all(r IN relationships(p) WHERE NOT EXISTS {
    MATCH (s:Town)-[o:PART_OF]->(other:Town)
    WHERE s = startNode(r) AND o <> r
      AND (o.count > r.count OR (o.count = r.count AND other.key < endNode(r).key))
  })
  WITH a, min(length(p)) AS hops ORDER BY hops, a.key LIMIT $limit
  RETURN {node: a {.*, _label: 'Town'}, count: hops}
} AS items
