// Units that organized each event.
// Params: $keys (event keys), $limit (per event).
UNWIND $keys AS key
MATCH (e:Event {key: key})
RETURN key, COLLECT {
  MATCH (u:Unit)-[:ORGANIZED]->(e)
  WITH u ORDER BY u.name LIMIT $limit
  RETURN {node: u {.*, _label: 'Unit'}}
} AS items
