// The towns directly inside each town: those whose best-supported PART_OF (most
// evidence, then key; the step town-parent.cypher takes) leads here, so a child's
// `parent` is the town that lists it.
// Params: $keys (town keys), $limit (per town).
UNWIND $keys AS key
MATCH (t:Town {key: key})
RETURN key, COLLECT {
  MATCH (c:Town)-[r:PART_OF]->(t)
  WHERE NOT EXISTS {
    MATCH (c)-[o:PART_OF]->(other:Town)
    WHERE o <> r AND (o.count > r.count OR (o.count = r.count AND other.key < t.key))
  }
  WITH c, r ORDER BY c.code, c.name LIMIT $limit
  RETURN {node: c {.*, _label: 'Town'}, count: r.count}
} AS items
