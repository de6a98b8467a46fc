// The roles each reporter was credited in (reporter, correspondent, photographer), with counts.
// Params: $keys (reporter keys), $limit (unused beyond the cap).
UNWIND $keys AS key
MATCH (r:Reporter {key: key})
RETURN key, COLLECT {
  MATCH (r)-[w:WROTE]->(:Article)
  WITH w.role AS role, count(*) AS articles ORDER BY articles DESC, role LIMIT $limit
  RETURN {name: role, count: articles}
} AS items
