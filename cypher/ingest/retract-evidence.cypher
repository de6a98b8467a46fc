// Takes the evidence of the pages being replaced out of the aggregated relationships
// (Town PART_OF Town, Unit BASED_IN Town, Unit RUNS Campaign, Campaign HELD_IN Town):
// each page lists what it added (evidenceTypes/From/To/Counts, written by pages.cypher),
// so `count` goes down by exactly that, the page's entries leave the sample lists, and a
// relationship left without evidence is deleted.
// Params, inside one map $batch (a list parameter of its own makes Neo4j re-plan the
// statement whenever its size crosses a power of ten): $pages (page keys).
CYPHER replan=skip
MATCH (p:Page) WHERE p.key IN $batch.pages
UNWIND range(0, size(coalesce(p.evidenceTypes, [])) - 1) AS i
WITH p.key AS page, p.evidenceTypes[i] AS type, p.evidenceFrom[i] AS from, p.evidenceTo[i] AS to,
     p.evidenceCounts[i] AS n
CALL (type, from, to) {
  WITH * WHERE type = 'PART_OF'
  MATCH (:Town {key: from})-[r:PART_OF]->(:Town {key: to})
  RETURN r
  UNION
  WITH * WHERE type = 'BASED_IN'
  MATCH (:Unit {key: from})-[r:BASED_IN]->(:Town {key: to})
  RETURN r
  UNION
  WITH * WHERE type = 'RUNS'
  MATCH (:Unit {key: from})-[r:RUNS]->(:Campaign {key: to})
  RETURN r
  UNION
  WITH * WHERE type = 'HELD_IN'
  MATCH (:Campaign {key: from})-[r:HELD_IN]->(:Town {key: to})
  RETURN r
}
WITH r, collect(page) AS gone, sum(n) AS n
WITH r, n, [i IN range(0, size(r.pages) - 1) WHERE NOT r.pages[i] IN gone] AS keep
SET r.articles = [i IN keep | r.articles[i]],
    r.starts = [i IN keep | r.starts[i]],
    r.ends = [i IN keep | r.ends[i]],
    r.pages = [i IN keep | r.pages[i]],
    r.count = r.count - n
WITH r WHERE r.count <= 0
DELETE r
