// The subgraph around one node, breadth first up to $depth (1..3) hops, at most $limit
// nodes (the start node included), neighbours restricted to labels $types (null = all);
// then every relationship among the nodes kept. Each hop keeps only the first $limit new
// nodes by key (a top-k, not a sort of a hub's thousands of neighbours), which is all the
// cut can use, and a full subgraph expands no further; article texts stay behind (the API loads one by id when asked for).
// The start is found by its id (the prefix names the label, so one index seek), in the
// same round trip; no row when there is no such node.
// Params: $node (id of the start), $depth, $limit, $types.
CALL () {
  MATCH (n:Town {key: $node}) WHERE $node STARTS WITH 'town:' RETURN n
  UNION ALL
  MATCH (n:Unit {key: $node}) WHERE $node STARTS WITH 'unit:' RETURN n
  UNION ALL
  MATCH (n:Campaign {key: $node}) WHERE $node STARTS WITH 'campaign:' RETURN n
  UNION ALL
  MATCH (n:Reporter {key: $node}) WHERE $node STARTS WITH 'reporter:' RETURN n
  UNION ALL
  MATCH (n:Person {key: $node}) WHERE $node STARTS WITH 'person:' RETURN n
  UNION ALL
  MATCH (n:Event {key: $node}) WHERE $node STARTS WITH 'event:' RETURN n
  UNION ALL
  MATCH (n:Article {key: $node}) WHERE $node STARTS WITH 'article:' RETURN n
  UNION ALL
  MATCH (n:Page {key: $node}) WHERE $node STARTS WITH 'page:' RETURN n
}
WITH n AS start
WITH [start] AS seen, [start] AS frontier
CALL (seen, frontier) {
  UNWIND frontier AS f
  MATCH (f)--(m)
  WHERE NOT m IN seen AND ($types IS NULL OR any(l IN labels(m) WHERE l IN $types))
  WITH DISTINCT m ORDER BY m.key LIMIT $limit
  RETURN collect(m) AS found
}
WITH seen, found[..($limit - size(seen))] AS next
WITH seen + next AS seen, next
WITH seen, CASE WHEN $depth >= 2 AND size(seen) < $limit THEN next ELSE [] END AS frontier
CALL (seen, frontier) {
  UNWIND frontier AS f
  MATCH (f)--(m)
  WHERE NOT m IN seen AND ($types IS NULL OR any(l IN labels(m) WHERE l IN $types))
  WITH DISTINCT m ORDER BY m.key LIMIT $limit
  RETURN collect(m) AS found
}
WITH seen, found[..($limit - size(seen))] AS next
WITH seen + next AS seen, next
WITH seen, CASE WHEN $depth >= 3 AND size(seen) < $limit THEN next ELSE [] END AS frontier
CALL (seen, frontier) {
  UNWIND frontier AS f
  MATCH (f)--(m)
  WHERE NOT m IN seen AND ($types IS NULL OR any(l IN labels(m) WHERE l IN $types))
  WITH DISTINCT m ORDER BY m.key LIMIT $limit
  RETURN collect(m) AS found
}
WITH seen + found[..($limit - size(seen))] AS seen
RETURN
  [n IN seen | n {.*, text: null, _label: head(labels(n))}] AS nodes,
  COLLECT {
    UNWIND seen AS x
    MATCH (x)-[r]->(y)
    WHERE y IN seen
    RETURN {type: type(r), source: x.key, target: y.key, role: r.role, count: r.count}
  } AS edges
