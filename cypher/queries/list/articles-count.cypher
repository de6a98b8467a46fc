// How many articles the filters of list/articles select (same parameters, no paging).
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
RETURN count(n) AS total
