// A page of towns. Filters (null = any): $nameContains (name or alias), $level,
// $within (id or name of a town: itself and everything inside it). $sort NAME | CODE |
// MENTIONS (articles that mention it), $desc; $skip, $first.
OPTIONAL MATCH (w:Town) WHERE w.key = $within OR w.name = $within
WITH collect(w) AS within
MATCH (n:Town)
WHERE ($nameContains IS NULL OR toLower(n.name) CONTAINS toLower($nameContains)
       OR any(a IN n.aliases WHERE toLower(a) CONTAINS toLower($nameContains)))
  AND ($level IS NULL OR n.level = $level)
  AND ($within IS NULL OR EXISTS { MATCH (n)-[:PART_OF*0..8]->(x:Town) WHERE x IN within })
WITH n, CASE $sort
  WHEN 'CODE' THEN n.code
  WHEN 'MENTIONS' THEN COUNT { (:Article)-[:MENTIONS]->(n) }
  ELSE n.name END AS s
ORDER BY CASE WHEN $desc THEN null ELSE s END, CASE WHEN $desc THEN s END DESC, n.key
SKIP $skip LIMIT $first
RETURN n {.*, _label: 'Town'} AS node
