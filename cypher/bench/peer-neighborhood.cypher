// PEER (@neo4j/graphql @cypher field Query.neighborhood): the same walk as
// queries/graph/neighborhood.cypher (keep the two in step), answered as one map column
// `result` {nodes: [{id, type, label}], edges: [{type, source, target}]}, since a @cypher
// field reads one column.
// Params: $node (id of the start), $depth, $limit.
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
  WHERE NOT m IN seen
  WITH DISTINCT m ORDER BY m.key LIMIT $limit
  RETURN collect(m) AS found
}
WITH seen, found[..($limit - size(seen))] AS next
WITH seen + next AS seen, next
WITH seen, CASE WHEN $depth >= 2 AND size(seen) < $limit THEN next ELSE [] END AS frontier
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
