// A page of units. Filters (null = any): $nameContains (name or alias), $within (id or
// name of a town: based in it or inside it), $campaign (id or name: ran it or organized
// one of its events). $sort NAME | MENTIONS, $desc; $skip, $first.
OPTIONAL MATCH (w:Town) WHERE w.key = $within OR w.name = $within
WITH collect(w) AS within
OPTIONAL MATCH (c:Campaign) WHERE c.key = $campaign OR c.name = $campaign OR $campaign IN c.aliases
WITH within, collect(c) AS campaigns
MATCH (n:Unit)
WHERE ($nameContains IS NULL OR toLower(n.name) CONTAINS toLower($nameContains)
       OR any(a IN n.aliases WHERE toLower(a) CONTAINS toLower($nameContains)))
  AND ($within IS NULL OR EXISTS { MATCH (n)-[:BASED_IN]->(:Town)-[:PART_OF*0..8]->(x:Town) WHERE x IN within })
  AND ($campaign IS NULL
       OR EXISTS { MATCH (n)-[:RUNS]->(x:Campaign) WHERE x IN campaigns }
       OR EXISTS { MATCH (n)-[:ORGANIZED]->(:Event)-[:PART_OF]->(x:Campaign) WHERE x IN campaigns })
WITH n, CASE $sort WHEN 'MENTIONS' THEN COUNT { (:Article)-[:MENTIONS]->(n) } ELSE n.name END AS s
ORDER BY CASE WHEN $desc THEN null ELSE s END, CASE WHEN $desc THEN s END DESC, n.key
SKIP $skip LIMIT $first
RETURN n {.*, _label: 'Unit'} AS node
