// Campaigns ranked by the number of towns they were held in (at least $minTowns), with
// those towns and the units that ran them.
// Params: $minTowns, $first.
MATCH (c:Campaign)-[:HELD_IN]->(t:Town)
WITH c, t ORDER BY t.key
WITH c, collect(t) AS towns
WHERE size(towns) >= $minTowns
RETURN c {.*, _label: 'Campaign'} AS node, size(towns) AS count,
       [t IN towns | t {.*, _label: 'Town'}] AS shared,
       COUNT { (:Article)-[:MENTIONS]->(c) } AS articles
ORDER BY count DESC, articles DESC, c.name
LIMIT $first
