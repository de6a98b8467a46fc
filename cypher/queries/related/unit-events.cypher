// Events each unit organized, in date order.
// Params: $keys (unit keys), $limit (per unit).
UNWIND $keys AS key
MATCH (u:Unit {key: key})
RETURN key, COLLECT {
  MATCH (u)-[:ORGANIZED]->(e:Event)
  WITH e ORDER BY e.date, e.key LIMIT $limit
  RETURN {node: e {.*, _label: 'Event'}}
} AS items
