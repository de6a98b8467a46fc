// How many campaigns the filters of list/campaigns select (same parameters, no paging).
OPTIONAL MATCH (w:Town) WHERE w.key = $within OR w.name = $within
WITH collect(w) AS within
OPTIONAL MATCH (u:Unit) WHERE u.key = $unit OR u.name = $unit OR $unit IN u.aliases
WITH within, collect(u) AS units
MATCH (n:Campaign)
WHERE ($nameContains IS NULL OR toLower(n.name) CONTAINS toLower($nameContains)
       OR any(a IN n.aliases WHERE toLower(a) CONTAINS toLower($nameContains)))
  AND ($within IS NULL OR EXISTS { MATCH (n)-[:HELD_IN]->(:Town)-[:PART_OF*0..8]->(x:Town) WHERE x IN within })
  AND ($unit IS NULL
       OR EXISTS { MATCH (x:Unit)-[:RUNS]->(n) WHERE x IN units }
       OR EXISTS { MATCH (x:Unit)-[:ORGANIZED]->(:Event)-[:PART_OF]->(n) WHERE x IN units })
  AND ($from IS NULL AND $to IS NULL
       OR EXISTS { MATCH (a:Article)-[:MENTIONS]->(n)
                   WHERE ($from IS NULL OR a.date >= date($from)) AND ($to IS NULL OR a.date <= date($to)) }
       OR EXISTS { MATCH (e:Event)-[:PART_OF]->(n)
                   WHERE ($from IS NULL OR e.date >= date($from)) AND ($to IS NULL OR e.date <= date($to)) })
RETURN count(n) AS total
