// Towns each reporter covered: mentioned in, or the place of an event reported by, their
// articles; count = such articles.
// Params: $keys (reporter keys), $limit (per reporter).
UNWIND $keys AS key
MATCH (r:Reporter {key: key})
RETURN key, COLLECT {
  CALL (r) {
    MATCH (r)-[:WROTE]->(a:Article)-[:MENTIONS]->(t:Town)
    RETURN t, a
    UNION
    MATCH (r)-[:WROTE]->(a:Article)-[:REPORTS]->(:Event)-[:HELD_IN]->(t:Town)
    RETURN t, a
  }
  WITH t, count(DISTINCT a) AS articles ORDER BY articles DESC, t.key LIMIT $limit
  RETURN {node: t {.*, _label: 'Town'}, count: articles}
} AS items
