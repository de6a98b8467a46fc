// How many towns the filters of list/towns select (same parameters, no paging).
OPTIONAL MATCH (w:Town) WHERE w.key = $within OR w.name = $within
WITH collect(w) AS within
MATCH (n:Town)
WHERE ($nameContains IS NULL OR toLower(n.name) CONTAINS toLower($nameContains)
       OR any(a IN n.aliases WHERE toLower(a) CONTAINS toLower($nameContains)))
  AND ($level IS NULL OR n.level = $level)
  AND ($within IS NULL OR EXISTS { MATCH (n)-[:PART_OF*0..8]->(x:Town) WHERE x IN within })
RETURN count(n) AS total
