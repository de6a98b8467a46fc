// A page of articles. Filters (null = any): $titleContains (title or subtitle),
// $textContains (the body), $kind,
// $from / $to (ISO dates), $within (id or name of a town: mentions it or a town inside
// it), $campaign / $unit (id or name: mentioned), $reporter (id or name: credited).
// $sort DATE | TITLE, $desc; $skip, $first.
OPTIONAL MATCH (w:Town) WHERE w.key = $within OR w.name = $within
WITH collect(w) AS within
// Campaigns and units named are looked up only when asked for (the nested CALLs keep the
// label scans for aliases from running otherwise).
CALL () {
  WITH $campaign AS name WHERE name IS NOT NULL
  CALL (name) { MATCH (c:Campaign) WHERE c.key = name OR c.name = name OR name IN c.aliases RETURN c }
  RETURN collect(c) AS campaigns
}
CALL () {
  WITH $unit AS name WHERE name IS NOT NULL
  CALL (name) { MATCH (u:Unit) WHERE u.key = name OR u.name = name OR name IN u.aliases RETURN u }
  RETURN collect(u) AS units
}
// Candidates: the articles that mention the campaign (or else the unit) named, rather
// than every article; all of them only when neither is given. (So the campaign filter
// holds by construction: with $campaign set, only the first branch yields rows.)
CALL (campaigns, units) {
  UNWIND campaigns AS c
  MATCH (c)<-[:MENTIONS]-(n:Article)
  RETURN n
  UNION
  WITH campaigns, units WHERE $campaign IS NULL
  UNWIND units AS u
  MATCH (u)<-[:MENTIONS]-(n:Article)
  RETURN n
  UNION
  WITH campaigns, units WHERE $campaign IS NULL AND $unit IS NULL
  CALL (campaigns, units) { MATCH (n:Article) WHERE size(campaigns) + size(units) = 0 RETURN n }
  RETURN n
}
WITH within, campaigns, units, n
WHERE ($from IS NULL OR n.date >= date($from)) AND ($to IS NULL OR n.date <= date($to))
  AND ($kind IS NULL OR n.kind = $kind)
  AND ($titleContains IS NULL OR n.title CONTAINS $titleContains OR n.subtitle CONTAINS $titleContains)
  AND ($textContains IS NULL OR n.text CONTAINS $textContains)
  AND ($within IS NULL OR EXISTS { MATCH (n)-[:MENTIONS]->(:Town)-[:PART_OF*0..8]->(x:Town) WHERE x IN within })
  AND ($unit IS NULL OR EXISTS { MATCH (n)-[:MENTIONS]->(x:Unit) WHERE x IN units })
  AND ($reporter IS NULL OR EXISTS { MATCH (r:Reporter)-[:WROTE]->(n) WHERE r.key = $reporter OR r.name = $reporter })
WITH n, CASE $sort WHEN 'TITLE' THEN n.title ELSE n.date END AS s
ORDER BY CASE WHEN $desc THEN null ELSE s END, CASE WHEN $desc THEN s END DESC, n.key
SKIP $skip LIMIT $first
RETURN n {.*, _label: 'Article'} AS node
