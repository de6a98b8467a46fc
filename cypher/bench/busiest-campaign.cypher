// Bench parameter: the campaign the most articles mention among those held in a town
// and run by a unit, whose name no other campaign has.
// Params: none.
MATCH (c:Campaign)
WHERE EXISTS { (c)-[:HELD_IN]->(:Town) } AND EXISTS { (:Unit)-[:RUNS]->(c) }
WITH c, COUNT { (:Article)-[:MENTIONS]->(c) } AS mentions
ORDER BY mentions DESC, c.key
WHERE COUNT { MATCH (o:Campaign) WHERE o.name = c.name } = 1
RETURN c.key AS id, c.name AS name, mentions
LIMIT 1
