// Units each unit worked with: organized the same event or ran the same campaign.
// count = shared events + shared campaigns; shared = the campaigns in common.
// Params: $keys (unit keys), $limit (per unit).
UNWIND $keys AS key
MATCH (u:Unit {key: key})
RETURN key, COLLECT {
  CALL (u) {
    MATCH (u)-[:ORGANIZED]->(e:Event)<-[:ORGANIZED]-(o:Unit)
    WHERE o <> u
    RETURN o, e AS via, null AS campaign
    UNION
    MATCH (u)-[:RUNS]->(c:Campaign)<-[:RUNS]-(o:Unit)
    WHERE o <> u
    RETURN o, c AS via, c AS campaign
  }
  WITH o, count(DISTINCT via) AS shared, collect(DISTINCT campaign) AS campaigns
  ORDER BY shared DESC, o.name LIMIT $limit
  RETURN {node: o {.*, _label: 'Unit'}, count: shared, shared: [c IN campaigns | c {.*, _label: 'Campaign'}]}
} AS items
