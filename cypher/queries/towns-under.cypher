// The towns inside a town, at any depth, by the town's name (or key).
// Params: $name.
MATCH (top:Town) WHERE top.name = $name OR top.key = $name
MATCH (t:Town)-[:PART_OF*1..6]->(top)
RETURN DISTINCT t.name AS name, t.level AS level, t.code AS code
ORDER BY code, name
