// Units that ran each campaign: RUNS, or organized an event that is part of it;
// count = supporting articles. RUNS keeps a sample of its evidence (at most 50 entries;
// `count` has them all), so entries beyond the sample count as articles of their own.
// Params: $keys (campaign keys), $limit (per campaign).
UNWIND $keys AS key
MATCH (c:Campaign {key: key})
RETURN key, COLLECT {
  CALL (c) {
    MATCH (u:Unit)-[r:RUNS]->(c)
    UNWIND r.articles + [i IN range(1, r.count - size(r.articles)) | elementId(r) + '#' + i] AS article
    RETURN u, article
    UNION
    MATCH (u:Unit)-[o:ORGANIZED]->(:Event)-[:PART_OF]->(c)
    RETURN u, o.article AS article
  }
  WITH u, count(DISTINCT article) AS articles ORDER BY articles DESC, u.name LIMIT $limit
  RETURN {node: u {.*, _label: 'Unit'}, count: articles}
} AS items
