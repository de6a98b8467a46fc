// Bench parameter: the town the most articles mention among those with campaigns held
// in them, and whose name no other town has (so a lookup by name means this node).
// Params: none.
MATCH (t:Town)
WHERE EXISTS { (:Campaign)-[:HELD_IN]->(t) }
WITH t, COUNT { (:Article)-[:MENTIONS]->(t) } AS mentions
ORDER BY mentions DESC, t.key
WHERE COUNT { MATCH (o:Town) WHERE o.name = t.name } = 1
RETURN t.key AS id, t.name AS name, mentions
LIMIT 1
