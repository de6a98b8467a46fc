// Units based in each town, or (with $subTowns, the API's default) in it or any town
// inside it, best-evidenced first; a unit based in two of those places counts its
// evidence once per page (the entries of BASED_IN are per page, aggregates.cypher).
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
  MATCH (u:Unit)-[r:BASED_IN]->(d)
  WITH u, collect(r) AS rs
  WITH u, size(COLLECT {
              UNWIND rs AS r UNWIND range(0, size(r.pages) - 1) AS i
              RETURN DISTINCT r.pages[i] + '|' + r.articles[i] AS entry
            }) + reduce(more = 0, r IN rs | more + r.count - size(r.pages)) AS evidence
  ORDER BY evidence DESC, u.name LIMIT $limit
  RETURN {node: u {.*, _label: 'Unit'}, count: evidence}
} AS items
