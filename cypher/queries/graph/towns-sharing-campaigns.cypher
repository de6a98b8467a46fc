// Towns where campaigns held in one town were held too, most shared campaigns first.
// Params: $id (town id), $first.
MATCH (t:Town {key: $id})<-[:HELD_IN]-(c:Campaign)-[:HELD_IN]->(o:Town)
WHERE o <> t
WITH o, c ORDER BY c.name
WITH o, collect(DISTINCT c) AS campaigns
RETURN o {.*, _label: 'Town'} AS node, size(campaigns) AS count,
       [c IN campaigns | c {.*, _label: 'Campaign'}] AS shared
ORDER BY count DESC, o.key
LIMIT $first
