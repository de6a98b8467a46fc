// How many reporters the filters of list/reporters select (same parameters, no paging).
OPTIONAL MATCH (w:Town) WHERE w.key = $within OR w.name = $within
WITH collect(w) AS within
MATCH (n:Reporter)
WHERE ($nameContains IS NULL OR toLower(n.name) CONTAINS toLower($nameContains))
  AND ($role IS NULL OR EXISTS { (n)-[:WROTE {role: $role}]->(:Article) })
  AND ($within IS NULL OR EXISTS {
        MATCH (n)-[:WROTE]->(:Article)-[:MENTIONS]->(:Town)-[:PART_OF*0..8]->(x:Town) WHERE x IN within })
RETURN count(n) AS total
