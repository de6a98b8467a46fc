// PEER (@neo4j/graphql @cypher field Reporter.coverage): the towns a reporter covered, as
// queries/related/reporter-towns.cypher counts them (keep the two in step), each as a map
// {count, town: {key, name}} in the column `result`. `this` is the reporter.
// Params: $first.
CALL (this) {
  MATCH (this)-[:WROTE]->(a:Article)-[:MENTIONS]->(t:Town)
  RETURN t, a
  UNION
  MATCH (this)-[:WROTE]->(a:Article)-[:REPORTS]->(:Event)-[:HELD_IN]->(t:Town)
  RETURN t, a
}
WITH t, count(DISTINCT a) AS articles
ORDER BY articles DESC, t.key
LIMIT $first
RETURN {count: articles, town: {key: t.key, name: t.name}} AS result
