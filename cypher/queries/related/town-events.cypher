// Events held in each town, or (with $subTowns, the API's default) in it or any town
// inside it, in date order.
// Params: $keys (town keys), $limit (per town), $subTowns.
UNWIND $keys AS key
MATCH (t:Town {key: key})
CALL (t) {
  OPTIONAL MATCH (d:Town)-[:PART_OF*1..8]->(t) WHERE $subTowns
  WITH t, collect(DISTINCT d) AS inside
  RETURN [t] + inside AS places
}
RETURN key, COLLECT {
  UNWIND places AS d
  MATCH (e:Event)-[:HELD_IN]->(d)
  WITH DISTINCT e ORDER BY e.date, e.key LIMIT $limit
  RETURN {node: e {.*, _label: 'Event'}}
} AS items
