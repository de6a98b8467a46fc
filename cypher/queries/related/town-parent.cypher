// The town each town is directly part of: its best-supported PART_OF (most evidence,
// then key). A town the pages place in two (the text against another page) shows the
// better-supported one; town-ancestors and town-children take the same step.
// Params: $keys (town keys), $limit (per town).
UNWIND $keys AS key
MATCH (t:Town {key: key})
RETURN key, COLLECT {
  MATCH (t)-[r:PART_OF]->(p:Town)
  WITH p, r ORDER BY r.count DESC, p.key LIMIT $limit
  RETURN {node: p {.*, _label: 'Town'}, count: r.count}
} AS items
