// Campaigns held in each town, or (with $subTowns, the API's default) in it or any town
// inside it, each with the number of articles that support it there: an article is
// counted once however many of those places it names (exact while each place's evidence
// fits its sample of 50 entries, aggregates.cypher; past that the further entries add).
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
  MATCH (c:Campaign)-[r:HELD_IN]->(d)
  WITH c, collect(r) AS rs
  WITH c, size(COLLECT {
              UNWIND rs AS r UNWIND range(0, size(r.pages) - 1) AS i
              RETURN DISTINCT r.pages[i] + '|' + r.articles[i] AS entry
            }) + reduce(more = 0, r IN rs | more + r.count - size(r.pages)) AS articles
  ORDER BY articles DESC, c.name LIMIT $limit
  RETURN {node: c {.*, _label: 'Campaign'}, count: articles}
} AS items
