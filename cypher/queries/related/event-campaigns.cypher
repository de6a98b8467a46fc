// Campaigns each event is part of.
// Params: $keys (event keys), $limit (per event).
UNWIND $keys AS key
MATCH (e:Event {key: key})
RETURN key, COLLECT {
  MATCH (e)-[:PART_OF]->(c:Campaign)
  WITH c ORDER BY c.name LIMIT $limit
  RETURN {node: c {.*, _label: 'Campaign'}}
} AS items
