// Towns each unit is based in (BASED_IN), best-evidenced first.
// Params: $keys (unit keys), $limit (per unit).
UNWIND $keys AS key
MATCH (u:Unit {key: key})
RETURN key, COLLECT {
  MATCH (u)-[r:BASED_IN]->(t:Town)
  WITH t, r ORDER BY r.count DESC, t.key LIMIT $limit
  RETURN {node: t {.*, _label: 'Town'}, count: r.count}
} AS items
