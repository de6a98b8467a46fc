// PEER (@neo4j/graphql @cypher field Query.neighborhood): the same walk as
// queries/graph/neighborhood.cypher (keep the two in step), answered as one map column
// `result` {nodes: [{id, type, label}], edges: [{type, source, target}]}, since a @cypher
// field reads one column.
// Params: $node (element id of the start), $depth, $limit.
MATCH (start) WHERE elementId(start) = $node
WITH [start] AS seen, [start] AS frontier
CALL (seen, frontier) {
  UNWIND frontier AS f
  MATCH (f)--(m)
  WHERE NOT m IN seen
  WITH DISTINCT m ORDER BY m.key LIMIT $limit
  RETURN collect(m) AS found
}
WITH seen, found[..($limit - size(seen))] AS next
WITH seen + next AS seen, CASE WHEN $depth >= 2 THEN next ELSE [] END AS frontier
CALL (seen, frontier) {
  UNWIND frontier AS f
  MATCH (f)--(m)
  WHERE NOT m IN seen
  WITH DISTINCT m ORDER BY m.key LIMIT $limit
  RETURN collect(m) AS found
}
WITH seen + found[..($limit - size(seen))] AS seen
RETURN {
  nodes: [n IN seen | {id: n.key, type: head(labels(n)), label: coalesce(n.name, n.title, n.summary, n.file, n.key)}],
  edges: COLLECT {
    UNWIND seen AS x
    MATCH (x)-[r]->(y)
    WHERE y IN seen
    RETURN {type: type(r), source: x.key, target: y.key}
  }
} AS result
