// PEER (@neo4j/graphql @cypher field Query.path): the shortest paths of
// queries/graph/path.cypher (keep the two in step), each as one map
// {nodes: [{id, type, label}], edges: [{type, source, target}]} in the column `result`.
// Params: $from, $to (ids), $maxHops, $first.
CALL () {
  MATCH (n:Town {key: $from}) WHERE $from STARTS WITH 'town:' RETURN n
  UNION ALL
  MATCH (n:Unit {key: $from}) WHERE $from STARTS WITH 'unit:' RETURN n
  UNION ALL
  MATCH (n:Campaign {key: $from}) WHERE $from STARTS WITH 'campaign:' RETURN n
  UNION ALL
  MATCH (n:Reporter {key: $from}) WHERE $from STARTS WITH 'reporter:' RETURN n
  UNION ALL
  MATCH (n:Person {key: $from}) WHERE $from STARTS WITH 'person:' RETURN n
  UNION ALL
  MATCH (n:Event {key: $from}) WHERE $from STARTS WITH 'event:' RETURN n
  UNION ALL
  MATCH (n:Article {key: $from}) WHERE $from STARTS WITH 'article:' RETURN n
  UNION ALL
  MATCH (n:Page {key: $from}) WHERE $from STARTS WITH 'page:' RETURN n
}
WITH n AS a
CALL () {
  MATCH (n:Town {key: $to}) WHERE $to STARTS WITH 'town:' RETURN n
  UNION ALL
  MATCH (n:Unit {key: $to}) WHERE $to STARTS WITH 'unit:' RETURN n
  UNION ALL
  MATCH (n:Campaign {key: $to}) WHERE $to STARTS WITH 'campaign:' RETURN n
  UNION ALL
  MATCH (n:Reporter {key: $to}) WHERE $to STARTS WITH 'reporter:' RETURN n
  UNION ALL
  MATCH (n:Person {key: $to}) WHERE $to STARTS WITH 'person:' RETURN n
  UNION ALL
  MATCH (n:Event {key: $to}) WHERE $to STARTS WITH 'event:' RETURN n
  UNION ALL
  MATCH (n:Article {key: $to}) WHERE $to STARTS WITH 'article:' RETURN n
  UNION ALL
  MATCH (n:Page {key: $to}) WHERE $to STARTS WITH 'page:' RETURN n
}
WITH a, n AS b
WITH a, b WHERE b <> a
MATCH p = allShortestPaths((a)-[*..10]-(b))
WITH p WHERE length(p) <= $maxHops
WITH p LIMIT $first
RETURN {
  nodes: [n IN nodes(p) | {id: n.key, type: head(labels(n)), label: coalesce(n.name, n.title, n.summary, n.file, n.key)}],
  edges: [r IN relationships(p) | {type: type(r), source: startNode(r).key, target: endNode(r).key}]
} AS result
