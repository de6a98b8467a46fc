// Writes one page, its articles (ON_PAGE, with the article's span on the page), the
// credits (WROTE, one per role) and the events each article reports (REPORTS).
// Dates are Neo4j dates (range-indexed); a missing date is no property.
// Params: $page, $articles, $wrote, $events (rows from src/graph/rows.ts).
CYPHER replan=skip
MERGE (p:Page {key: $page.key})
SET p.id = $page.id,
    p.file = $page.file,
    p.sha256 = $page.sha256,
    p.paper = $page.paper,
    p.date = date($page.date),
    p.pageNo = $page.pageNo,
    p.section = $page.section,
    p.editors = $page.editors,
    p.proofreaders = $page.proofreaders,
    p.entityKeys = $page.entityKeys,
    p.articleCount = size($articles)
WITH p
CALL (p) {
  UNWIND $articles AS row
  MERGE (a:Article {key: row.key})
  SET a.id = row.id,
      a.index = row.index,
      a.kind = row.kind,
      a.title = row.title,
      a.subtitle = row.subtitle,
      a.byline = row.byline,
      a.date = date(row.date),
      a.text = row.text
  MERGE (a)-[r:ON_PAGE]->(p)
  SET r.index = row.index, r.start = row.start, r.end = row.end
}
CALL () {
  UNWIND $wrote AS row
  MATCH (w:Reporter {key: row.reporter})
  MATCH (a:Article {key: row.article})
  MERGE (w)-[r:WROTE {role: row.role}]->(a)
  SET r.article = row.article, r.start = row.start, r.end = row.end
}
CALL () {
  UNWIND $events AS row
  MATCH (a:Article {key: row.article})
  MERGE (e:Event {key: row.key})
  SET e.id = row.id,
      e.date = date(row.date),
      e.datePrecision = row.datePrecision,
      e.summary = row.summary,
      e.quantities = row.quantities,
      e.quantityValues = row.quantityValues,
      e.quantityUnits = row.quantityUnits
  MERGE (a)-[r:REPORTS]->(e)
  SET r.article = row.article, r.start = row.start, r.end = row.end
}
