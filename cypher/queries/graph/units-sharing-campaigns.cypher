// Units that ran the same campaigns as one unit (RUNS, or organized an event of the
// campaign), most shared campaigns first.
// Params: $id (unit id), $first.
MATCH (u:Unit {key: $id})
CALL (u) {
  MATCH (u)-[:RUNS]->(c:Campaign) RETURN c
  UNION
  MATCH (u)-[:ORGANIZED]->(:Event)-[:PART_OF]->(c:Campaign) RETURN c
}
CALL (c, u) {
  MATCH (o:Unit)-[:RUNS]->(c) WHERE o <> u RETURN o
  UNION
  MATCH (o:Unit)-[:ORGANIZED]->(:Event)-[:PART_OF]->(c) WHERE o <> u RETURN o
}
WITH o, c ORDER BY c.name
WITH o, collect(DISTINCT c) AS campaigns
RETURN o {.*, _label: 'Unit'} AS node, size(campaigns) AS count,
       [c IN campaigns | c {.*, _label: 'Campaign'}] AS shared
ORDER BY count DESC, o.key
LIMIT $first
