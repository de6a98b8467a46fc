// Full-text search over names, aliases, titles, subtitles and story text (index
// search_text, CJK bigrams). Ranked in tiers: a node named exactly so (found by index
// seek, wherever the full-text ranking would put it), then nodes whose name or title
// holds the words, then the rest (a story that speaks of them); best match first in each.
// Params: $query (Lucene syntax, escaped by the caller), $text (the words as typed),
// $types (labels to keep, null = all), $first.
CALL () {
  CALL db.index.fulltext.queryNodes('search_text', $query, {limit: $first * 4 + 20}) YIELD node, score
  RETURN node, score
  UNION
  MATCH (node:Town {name: $text}) RETURN node, 0.0 AS score
  UNION
  MATCH (node:Unit {name: $text}) RETURN node, 0.0 AS score
  UNION
  MATCH (node:Campaign {name: $text}) RETURN node, 0.0 AS score
  UNION
  MATCH (node:Reporter {name: $text}) RETURN node, 0.0 AS score
  UNION
  MATCH (node:Person {name: $text}) RETURN node, 0.0 AS score
}
WITH node, max(score) AS score
WHERE $types IS NULL OR any(l IN labels(node) WHERE l IN $types)
WITH node, score,
     CASE
       WHEN node.name = $text OR $text IN coalesce(node.aliases, []) THEN 0
       WHEN coalesce(node.name, node.title, '') CONTAINS $text OR coalesce(node.aliasText, '') CONTAINS $text THEN 1
       ELSE 2
     END AS tier
RETURN node {.*, _label: head(labels(node))} AS node, score
ORDER BY tier, score DESC, node.key
LIMIT $first
