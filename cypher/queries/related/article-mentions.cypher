// Towns, units, campaigns and persons each article mentions, in order of first mention,
// with the number of mentions and the forms written.
// Params: $keys (article keys), $limit (per article).
UNWIND $keys AS key
MATCH (a:Article {key: key})
RETURN key, COLLECT {
  MATCH (a)-[m:MENTIONS]->(n)
  WITH n, m ORDER BY coalesce(m.starts[0], -1), n.key LIMIT $limit
  RETURN {node: n {.*, _label: head(labels(n))}, count: m.count, texts: m.texts}
} AS items
