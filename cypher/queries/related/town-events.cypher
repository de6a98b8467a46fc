// Events held in each town (Event-HELD_IN->Town), in date order.
// Params: $keys (town keys), $limit (per town).
UNWIND $keys AS key
MATCH (t:Town {key: key})
RETURN key, COLLECT {
  MATCH (e:Event)-[:HELD_IN]->(t)
  WITH e ORDER BY e.date, e.key LIMIT $limit
  RETURN {node: e {.*, _label: 'Event'}}
} AS items
