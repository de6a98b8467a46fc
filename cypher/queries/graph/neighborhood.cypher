// The subgraph around one node, breadth first up to $depth (1..3) hops, at most $limit
// nodes (the start node included), neighbours restricted to labels $types (null = all);
// then every relationship among the nodes kept. Each hop keeps only the first $limit new
// nodes by key (a top-k, not a sort of a hub's thousands of neighbours), which is all the
// cut can use; article texts stay behind (the API loads one by id when asked for).
// Params: $node (element id of the start), $depth, $limit, $types.
MATCH (start) WHERE elementId(start) = $node
WITH [start] AS seen, [start] AS frontier
CALL (seen, frontier) {
  UNWIND frontier AS f
  MATCH (f)--(m)
  WHERE NOT m IN seen AND ($types IS NULL OR any(l IN labels(m) WHERE l IN $types))
  WITH DISTINCT m ORDER BY m.key LIMIT $limit
  RETURN collect(m) AS found
}
WITH seen, found[..($limit - size(seen))] AS next
WITH seen + next AS seen, CASE WHEN $depth >= 2 THEN next ELSE [] END AS frontier
CALL (seen, frontier) {
  UNWIND frontier AS f
  MATCH (f)--(m)
  WHERE NOT m IN seen AND ($types IS NULL OR any(l IN labels(m) WHERE l IN $types))
  WITH DISTINCT m ORDER BY m.key LIMIT $limit
  RETURN collect(m) AS found
}
WITH seen, found[..($limit - size(seen))] AS next
WITH seen + next AS seen, CASE WHEN $depth >= 3 THEN next ELSE [] END AS frontier
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
