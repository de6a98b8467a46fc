// Campaigns each unit ran: RUNS, or organized an event that is part of the campaign;
// count = supporting articles. RUNS keeps a sample of its evidence (at most 50 entries;
// `count` has them all), so entries beyond the sample count as articles of their own.
// Params: $keys (unit keys), $limit (per unit).
UNWIND $keys AS key
MATCH (u:Unit {key: key})
RETURN key, COLLECT {
  CALL (u) {
    MATCH (u)-[r:RUNS]->(c:Campaign)
    UNWIND r.articles + [i IN range(1, r.count - size(r.articles)) | elementId(r) + '#' + i] AS article
    RETURN c, article
    UNION
    MATCH (u)-[o:ORGANIZED]->(:Event)-[:PART_OF]->(c:Campaign)
    RETURN c, o.article AS article
  }
  WITH c, count(DISTINCT article) AS articles ORDER BY articles DESC, c.name LIMIT $limit
  RETURN {node: c {.*, _label: 'Campaign'}, count: articles}
} AS items
