// A page of reporters. Filters (null = any): $nameContains, $role (credited at least once
// in it), $within (id or name of a town: covered it or a town inside it).
// $sort NAME | ARTICLES, $desc; $skip, $first.
OPTIONAL MATCH (w:Town) WHERE w.key = $within OR w.name = $within
WITH collect(w) AS within
MATCH (n:Reporter)
WHERE ($nameContains IS NULL OR toLower(n.name) CONTAINS toLower($nameContains))
  AND ($role IS NULL OR EXISTS { (n)-[:WROTE {role: $role}]->(:Article) })
  AND ($within IS NULL OR EXISTS {
        MATCH (n)-[:WROTE]->(:Article)-[:MENTIONS]->(:Town)-[:PART_OF*0..8]->(x:Town) WHERE x IN within })
WITH n, CASE $sort WHEN 'ARTICLES' THEN COUNT { (n)-[:WROTE]->(:Article) } ELSE n.name END AS s
ORDER BY CASE WHEN $desc THEN null ELSE s END, CASE WHEN $desc THEN s END DESC, n.key
SKIP $skip LIMIT $first
RETURN n {.*, _label: 'Reporter'} AS node
