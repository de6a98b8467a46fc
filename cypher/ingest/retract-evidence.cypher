// Takes the evidence of the pages being replaced out of the aggregated relationships
// (Town PART_OF Town, Unit BASED_IN Town, Unit RUNS Campaign, Campaign HELD_IN Town):
// their entries go from the parallel lists pages/articles/starts/ends, `count` is
// recomputed, and a relationship left without evidence is deleted.
// Every aggregated relationship has a Town or a Unit end, and the page lists the keys of
// every Town and Unit it touched, so only those nodes' relationships are looked at.
// Params: $pages (page keys), $keys (entity keys the pages touched).
CYPHER replan=skip
CALL () {
  MATCH (n:Town) WHERE n.key IN $keys
  RETURN n
  UNION
  MATCH (n:Unit) WHERE n.key IN $keys
  RETURN n
}
MATCH (n)-[r:PART_OF|BASED_IN|RUNS|HELD_IN]-()
WHERE r.pages IS NOT NULL AND any(p IN r.pages WHERE p IN $pages)
WITH DISTINCT r
WITH r, [i IN range(0, size(r.pages) - 1) WHERE NOT r.pages[i] IN $pages] AS keep
SET r.articles = [i IN keep | r.articles[i]],
    r.starts = [i IN keep | r.starts[i]],
    r.ends = [i IN keep | r.ends[i]],
    r.pages = [i IN keep | r.pages[i]],
    r.count = size(keep)
WITH r WHERE r.count = 0
DELETE r
