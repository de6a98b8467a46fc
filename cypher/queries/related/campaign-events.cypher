// Events that are part of each campaign, in date order.
// Params: $keys (campaign keys), $limit (per campaign).
UNWIND $keys AS key
MATCH (c:Campaign {key: key})
RETURN key, COLLECT {
  MATCH (e:Event)-[:PART_OF]->(c)
  WITH e ORDER BY e.date, e.key LIMIT $limit
  RETURN {node: e {.*, _label: 'Event'}}
} AS items
