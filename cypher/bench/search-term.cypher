// Bench parameter: a full-text search term taken from a real name: the name of the unit
// the most articles mention (plain CJK text, nothing Lucene would read as syntax).
// Params: none.
MATCH (u:Unit)
WHERE u.name =~ '[\\p{IsHan}]{4,}'
WITH u, COUNT { (:Article)-[:MENTIONS]->(u) } AS mentions
ORDER BY mentions DESC, u.key
RETURN u.key AS id, u.name AS text, mentions
LIMIT 1
