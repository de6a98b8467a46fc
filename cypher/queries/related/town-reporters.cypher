// Reporters who covered each town, or (with $subTowns, the API's default) it or any town
// inside it: credited on an article that mentions one of those places or reports an
// event held there; count = such articles, each once.
// Params: $keys (town keys), $limit (per town), $subTowns.
UNWIND $keys AS key
MATCH (t:Town {key: key})
CALL (t) {
  OPTIONAL MATCH (d:Town)-[:PART_OF*1..8]->(t) WHERE $subTowns
  WITH t, collect(DISTINCT d) AS inside
  RETURN [t] + inside AS places
}
RETURN key, COLLECT {
  CALL (places) {
    UNWIND places AS d MATCH (a:Article)-[:MENTIONS]->(d) RETURN a
    UNION
    UNWIND places AS d MATCH (a:Article)-[:REPORTS]->(:Event)-[:HELD_IN]->(d) RETURN a
  }
  MATCH (r:Reporter)-[:WROTE]->(a)
  WITH r, count(DISTINCT a) AS articles ORDER BY articles DESC, r.name LIMIT $limit
  RETURN {node: r {.*, _label: 'Reporter'}, count: articles}
} AS items
