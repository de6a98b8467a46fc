// A page of events. Filters (null = any): $from / $to (ISO dates), $within (id or name of
// a town: held in it or inside it), $campaign (id or name: part of it), $unit (id or
// name: organized by it), $summaryContains. $sort DATE, $desc; $skip, $first.
OPTIONAL MATCH (w:Town) WHERE w.key = $within OR w.name = $within
WITH collect(w) AS within
OPTIONAL MATCH (c:Campaign) WHERE c.key = $campaign OR c.name = $campaign OR $campaign IN c.aliases
WITH within, collect(c) AS campaigns
OPTIONAL MATCH (u:Unit) WHERE u.key = $unit OR u.name = $unit OR $unit IN u.aliases
WITH within, campaigns, collect(u) AS units
MATCH (n:Event)
WHERE ($from IS NULL OR n.date >= date($from)) AND ($to IS NULL OR n.date <= date($to))
  AND ($summaryContains IS NULL OR n.summary CONTAINS $summaryContains)
  AND ($within IS NULL OR EXISTS { MATCH (n)-[:HELD_IN]->(:Town)-[:PART_OF*0..8]->(x:Town) WHERE x IN within })
  AND ($campaign IS NULL OR EXISTS { MATCH (n)-[:PART_OF]->(x:Campaign) WHERE x IN campaigns })
  AND ($unit IS NULL OR EXISTS { MATCH (x:Unit)-[:ORGANIZED]->(n) WHERE x IN units })
WITH n, n.date AS s
ORDER BY CASE WHEN $desc THEN null ELSE s END, CASE WHEN $desc THEN s END DESC, n.key
SKIP $skip LIMIT $first
RETURN n {.*, _label: 'Event'} AS node
