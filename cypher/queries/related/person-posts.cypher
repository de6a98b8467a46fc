// The posts each person holds as the articles write them (书记 of a unit, 镇长 in a town),
// newest article first: one item per post and article, with the unit or town when named.
// Params: $keys (person keys), $limit (per person).
UNWIND $keys AS key
MATCH (n:Person {key: key})
RETURN key, COLLECT {
  MATCH (a:Article)-[m:MENTIONS]->(n)
  UNWIND range(0, size(coalesce(m.posts, [])) - 1) AS i
  WITH a, m.posts[i] AS post, m.postOf[i] AS of, i
  ORDER BY a.date DESC, a.key, i
  LIMIT $limit
  OPTIONAL MATCH (u:Unit {key: of})
  OPTIONAL MATCH (t:Town {key: of})
  RETURN {
    node: a {.*, _label: 'Article'},
    name: post,
    shared: [x IN [u {.*, _label: 'Unit'}, t {.*, _label: 'Town'}] WHERE x IS NOT NULL]
  }
} AS items
