// Articles that mention each town, or (with $subTowns, the API's default) it or any town
// inside it, newest first; count = the article's mentions of those places.
// Params: $keys (town keys), $limit (per town), $subTowns.
UNWIND $keys AS key
MATCH (t:Town {key: key})
CALL (t) {
  OPTIONAL MATCH (d:Town)-[:PART_OF*1..8]->(t) WHERE $subTowns
  WITH t, collect(DISTINCT d) AS inside
  RETURN [t] + inside AS places
}
RETURN key, COLLECT {
  UNWIND places AS d
  MATCH (a:Article)-[m:MENTIONS]->(d)
  WITH a, sum(m.count) AS mentions ORDER BY a.date DESC, a.key LIMIT $limit
  RETURN {node: a {.*, _label: 'Article'}, count: mentions}
} AS items
