// Bench parameter: two far-apart entities that are connected: one of the most mentioned
// villages, and a little-connected unit (so the path is long) based in another province, whose shortest path is
// the longest among the candidates tried (at most $maxHops relationships).
// Params: $maxHops.
MATCH (v:Town {level: 'village'})
WITH v, COUNT { (:Article)-[:MENTIONS]->(v) } AS mentions
ORDER BY mentions DESC, v.key
LIMIT 5
MATCH (v)-[:PART_OF*1..8]->(home:Town {level: 'province'})
CALL (home) {
  MATCH (u:Unit)-[:BASED_IN]->(:Town)-[:PART_OF*0..8]->(other:Town {level: 'province'})
  WHERE other <> home
  WITH DISTINCT u
  WITH u, COUNT { (u)--() } AS degree
  ORDER BY degree, u.key
  LIMIT 10
  RETURN u
}
MATCH p = shortestPath((v)-[*..10]-(u))
WITH v, u, length(p) AS hops
WHERE hops <= $maxHops
ORDER BY hops DESC, v.key, u.key
RETURN v.key AS fromId, v.name AS fromName,
       u.key AS toId, u.name AS toName, hops
LIMIT 1
