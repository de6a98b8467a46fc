// Towns each campaign was held in (Campaign-HELD_IN->Town), best-evidenced first.
// Params: $keys (campaign keys), $limit (per campaign).
UNWIND $keys AS key
MATCH (c:Campaign {key: key})
RETURN key, COLLECT {
  MATCH (c)-[r:HELD_IN]->(t:Town)
  WITH t, r ORDER BY r.count DESC, t.key LIMIT $limit
  RETURN {node: t {.*, _label: 'Town'}, count: r.count}
} AS items
