// Aggregated relationships between shared nodes: one per pair in the whole graph.
// `count` is the number of evidence entries behind it (one per supporting article, or per
// page for facts without an article: the official parent chain, a unit's town), and the
// parallel lists pages/articles/starts/ends ('' and -1 where there is no article or span)
// hold a sample of them: the $sample entries first in (page, article, start) order.
// Keeping every entry made each append read and rewrite lists that grow with the corpus
// (a county PART_OF its city gathers one entry per page naming the county), which came to
// dominate ingest at scale; a sample chosen by order does not depend on load order.
// retract-evidence.cypher takes a page's entries out again.
// Params, inside one map $batch (a list parameter of its own makes Neo4j re-plan the
// statement whenever its size crosses a power of ten): $townPartOf, $basedIn, $runs, $campaignHeldIn (rows from src/graph/rows.ts, one
// per pair: src/graph/batch-rows.ts), $sample (entries kept per relationship).
CYPHER replan=skip
CALL () {
  UNWIND $batch.townPartOf AS row
  MATCH (a:Town {key: row.from})
  MATCH (b:Town {key: row.to})
  MERGE (a)-[r:PART_OF]->(b)
  WITH r, row, coalesce(r.pages, []) + row.pages AS pages, coalesce(r.articles, []) + row.articles AS articles,
       coalesce(r.starts, []) + row.starts AS starts, coalesce(r.ends, []) + row.ends AS ends
  WITH r, row, pages, articles, starts, ends,
       COLLECT { UNWIND range(0, size(pages) - 1) AS i WITH i ORDER BY pages[i], articles[i], starts[i] LIMIT toInteger($sample) RETURN i } AS keep
  SET r.pages = [i IN keep | pages[i]], r.articles = [i IN keep | articles[i]],
      r.starts = [i IN keep | starts[i]], r.ends = [i IN keep | ends[i]],
      r.count = coalesce(r.count, 0) + size(row.pages)
}
CALL () {
  UNWIND $batch.basedIn AS row
  MATCH (a:Unit {key: row.from})
  MATCH (b:Town {key: row.to})
  MERGE (a)-[r:BASED_IN]->(b)
  WITH r, row, coalesce(r.pages, []) + row.pages AS pages, coalesce(r.articles, []) + row.articles AS articles,
       coalesce(r.starts, []) + row.starts AS starts, coalesce(r.ends, []) + row.ends AS ends
  WITH r, row, pages, articles, starts, ends,
       COLLECT { UNWIND range(0, size(pages) - 1) AS i WITH i ORDER BY pages[i], articles[i], starts[i] LIMIT toInteger($sample) RETURN i } AS keep
  SET r.pages = [i IN keep | pages[i]], r.articles = [i IN keep | articles[i]],
      r.starts = [i IN keep | starts[i]], r.ends = [i IN keep | ends[i]],
      r.count = coalesce(r.count, 0) + size(row.pages)
}
CALL () {
  UNWIND $batch.runs AS row
  MATCH (a:Unit {key: row.from})
  MATCH (b:Campaign {key: row.to})
  MERGE (a)-[r:RUNS]->(b)
  WITH r, row, coalesce(r.pages, []) + row.pages AS pages, coalesce(r.articles, []) + row.articles AS articles,
       coalesce(r.starts, []) + row.starts AS starts, coalesce(r.ends, []) + row.ends AS ends
  WITH r, row, pages, articles, starts, ends,
       COLLECT { UNWIND range(0, size(pages) - 1) AS i WITH i ORDER BY pages[i], articles[i], starts[i] LIMIT toInteger($sample) RETURN i } AS keep
  SET r.pages = [i IN keep | pages[i]], r.articles = [i IN keep | articles[i]],
      r.starts = [i IN keep | starts[i]], r.ends = [i IN keep | ends[i]],
      r.count = coalesce(r.count, 0) + size(row.pages)
}
CALL () {
  UNWIND $batch.campaignHeldIn AS row
  MATCH (a:Campaign {key: row.from})
  MATCH (b:Town {key: row.to})
  MERGE (a)-[r:HELD_IN]->(b)
  WITH r, row, coalesce(r.pages, []) + row.pages AS pages, coalesce(r.articles, []) + row.articles AS articles,
       coalesce(r.starts, []) + row.starts AS starts, coalesce(r.ends, []) + row.ends AS ends
  WITH r, row, pages, articles, starts, ends,
       COLLECT { UNWIND range(0, size(pages) - 1) AS i WITH i ORDER BY pages[i], articles[i], starts[i] LIMIT toInteger($sample) RETURN i } AS keep
  SET r.pages = [i IN keep | pages[i]], r.articles = [i IN keep | articles[i]],
      r.starts = [i IN keep | starts[i]], r.ends = [i IN keep | ends[i]],
      r.count = coalesce(r.count, 0) + size(row.pages)
}
