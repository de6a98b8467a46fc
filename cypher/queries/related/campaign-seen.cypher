// First and last date each campaign appears: its articles' dates and its events' dates.
// Params: $keys (campaign keys), $limit (unused).
UNWIND $keys AS key
MATCH (c:Campaign {key: key})
RETURN key, COLLECT {
  CALL (c) {
    MATCH (a:Article)-[:MENTIONS]->(c) RETURN a.date AS date
    UNION
    MATCH (e:Event)-[:PART_OF]->(c) RETURN e.date AS date
  }
  WITH min(date) AS first, max(date) AS last
  RETURN {first: first, last: last}
} AS items
