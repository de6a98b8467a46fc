// PEER (@neo4j/graphql @cypher field Query.path): the shortest paths of
// queries/graph/path.cypher (keep the two in step), each as one map
// {nodes: [{id, type, label}], edges: [{type, source, target}]} in the column `result`.
// Params: $from, $to (element ids), $maxHops, $first.
MATCH (a) WHERE elementId(a) = $from
MATCH (b) WHERE elementId(b) = $to AND b <> a
MATCH p = allShortestPaths((a)-[*..10]-(b))
WITH p WHERE length(p) <= $maxHops
WITH p LIMIT $first
RETURN {
  nodes: [n IN nodes(p) | {id: n.key, type: head(labels(n)), label: coalesce(n.name, n.title, n.summary, n.file, n.key)}],
  edges: [r IN relationships(p) | {type: type(r), source: startNode(r).key, target: endNode(r).key}]
} AS result
