// Full-text search over names, aliases and titles (index entity_text, CJK bigrams),
// best match first. Params: $query (Lucene syntax, escaped by the caller), $types
// (labels to keep, null = all), $first.
CALL db.index.fulltext.queryNodes('entity_text', $query, {limit: $first * 4 + 20}) YIELD node, score
WITH node, score
WHERE $types IS NULL OR any(l IN labels(node) WHERE l IN $types)
RETURN node {.*, _label: head(labels(node))} AS node, score
ORDER BY score DESC, node.key
LIMIT $first
