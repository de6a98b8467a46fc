// The shortest paths (up to $first of them) between two nodes, of at most $maxHops
// relationships in either direction (10 at most: a pattern bound must be a literal).
// Each edge names the articles behind it: the article at its end (MENTIONS, ON_PAGE,
// WROTE, REPORTS), the article an event link came from, or the evidence list of an
// aggregated relationship (PART_OF, BASED_IN, RUNS, HELD_IN between shared nodes).
// Params: $from, $to (element ids, as resolved just before), $maxHops, $first.
MATCH (a) WHERE elementId(a) = $from
MATCH (b) WHERE elementId(b) = $to AND b <> a
// The hop filter is applied after the search, not in the pattern's WHERE: a predicate
// there makes Neo4j fall back to an exhaustive path search when no path passes it.
MATCH p = allShortestPaths((a)-[*..10]-(b))
WITH p WHERE length(p) <= $maxHops
WITH p LIMIT $first
RETURN
  // Article texts stay behind (the API loads one by id when asked for).
  [n IN nodes(p) | n {.*, text: null, _label: head(labels(n))}] AS nodes,
  [r IN relationships(p) | {
    type: type(r),
    source: startNode(r).key,
    target: endNode(r).key,
    role: r.role,
    count: r.count,
    pages: coalesce(r.pages, []),
    articles: CASE
      WHEN type(r) IN ['MENTIONS', 'ON_PAGE', 'REPORTS'] THEN [startNode(r).key]
      WHEN type(r) = 'WROTE' THEN [endNode(r).key]
      WHEN r.articles IS NOT NULL THEN [x IN r.articles WHERE x <> '']
      WHEN r.article IS NOT NULL THEN [r.article]
      ELSE [] END
  }] AS edges
