// A page of articles. Filters (null = any): $titleContains (title or subtitle), $kind,
// $from / $to (ISO dates), $within (id or name of a town: mentions it or a town inside
// it), $campaign / $unit (id or name: mentioned), $reporter (id or name: credited).
// $sort DATE | TITLE, $desc; $skip, $first.
OPTIONAL MATCH (w:Town) WHERE w.key = $within OR w.name = $within
WITH collect(w) AS within
OPTIONAL MATCH (c:Campaign) WHERE c.key = $campaign OR c.name = $campaign OR $campaign IN c.aliases
WITH within, collect(c) AS campaigns
OPTIONAL MATCH (u:Unit) WHERE u.key = $unit OR u.name = $unit OR $unit IN u.aliases
WITH within, campaigns, collect(u) AS units
MATCH (n:Article)
WHERE ($from IS NULL OR n.date >= date($from)) AND ($to IS NULL OR n.date <= date($to))
  AND ($kind IS NULL OR n.kind = $kind)
  AND ($titleContains IS NULL OR n.title CONTAINS $titleContains OR n.subtitle CONTAINS $titleContains)
  AND ($within IS NULL OR EXISTS { MATCH (n)-[:MENTIONS]->(:Town)-[:PART_OF*0..8]->(x:Town) WHERE x IN within })
  AND ($campaign IS NULL OR EXISTS { MATCH (n)-[:MENTIONS]->(x:Campaign) WHERE x IN campaigns })
  AND ($unit IS NULL OR EXISTS { MATCH (n)-[:MENTIONS]->(x:Unit) WHERE x IN units })
  AND ($reporter IS NULL OR EXISTS { MATCH (r:Reporter)-[:WROTE]->(n) WHERE r.key = $reporter OR r.name = $reporter })
WITH n, CASE $sort WHEN 'TITLE' THEN n.title ELSE n.date END AS s
ORDER BY CASE WHEN $desc THEN null ELSE s END, CASE WHEN $desc THEN s END DESC, n.key
SKIP $skip LIMIT $first
RETURN n {.*, _label: 'Article'} AS node
