// PEER (@neo4j/graphql @cypher field Query.search): the full-text search of
// queries/graph/search.cypher (keep the two in step) over every label, each hit as a map
// {id, type, name, score} in the column `result`.
// Params: $text (searched as given), $first.
CALL db.index.fulltext.queryNodes('search_text', $text, {limit: $first * 4 + 20}) YIELD node, score
WITH node, score
ORDER BY score DESC, node.key
LIMIT $first
RETURN {id: node.key, type: head(labels(node)), name: coalesce(node.name, node.title), score: score} AS result
