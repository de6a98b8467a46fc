// The shortest paths (up to $first of them) between two nodes, of at most $maxHops
// relationships in either direction (10 at most: a pattern bound must be a literal).
// Each edge names the articles behind it: the article at its end (MENTIONS, ON_PAGE,
// WROTE, REPORTS), the article an event link came from, or the evidence list of an
// aggregated relationship (PART_OF, BASED_IN, RUNS, HELD_IN between shared nodes).
// Params: $from, $to (ids; each found by one index seek in the same round trip, no rows when
// either is missing), $maxHops, $first, $evidence (false: the evidence lists of aggregated
// relationships, which grow with the corpus, stay behind when the caller asks for no
// articles or pages of edges).
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
// The hop filter is applied after the search, not in the pattern's WHERE: a predicate
// there makes Neo4j fall back to an exhaustive path search when no path passes it. The
// LIMIT comes first: all shortest paths have one length, so the filter keeps all or none,
// and limiting first stops the search after $first paths (between two hubs of a lattice
// there can be billions, and enumerating them ignored the transaction timeout).
MATCH p = allShortestPaths((a)-[*..10]-(b))
WITH p LIMIT $first
WITH p WHERE length(p) <= $maxHops
RETURN
  // Article texts stay behind (the API loads one by id when asked for).
  [n IN nodes(p) | n {.*, text: null, _label: head(labels(n))}] AS nodes,
  [r IN relationships(p) | {
    type: type(r),
    source: startNode(r).key,
    target: endNode(r).key,
    role: r.role,
    count: r.count,
    pages: CASE WHEN $evidence THEN coalesce(r.pages, []) ELSE [] END,
    articles: CASE
      WHEN type(r) IN ['MENTIONS', 'ON_PAGE', 'REPORTS'] THEN [startNode(r).key]
      WHEN type(r) = 'WROTE' THEN [endNode(r).key]
      WHEN r.articles IS NOT NULL THEN CASE WHEN $evidence THEN [x IN r.articles WHERE x <> ''] ELSE [] END
      WHEN r.article IS NOT NULL THEN [r.article]
      ELSE [] END
  }] AS edges
