// Where each event was held.
// Params: $keys (event keys), $limit (per event).
UNWIND $keys AS key
MATCH (e:Event {key: key})
RETURN key, COLLECT {
  MATCH (e)-[:HELD_IN]->(t:Town)
  WITH t ORDER BY t.key LIMIT $limit
  RETURN {node: t {.*, _label: 'Town'}}
} AS items
