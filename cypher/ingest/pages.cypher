// Writes a batch of pages, their articles (ON_PAGE, with the article's span on the page),
// the credits (WROTE, one per role) and the events each article reports (REPORTS).
// Dates are Neo4j dates (range-indexed); a missing date is no property.
// Params, inside one map $batch (a list parameter of its own makes Neo4j re-plan the
// statement whenever its size crosses a power of ten): $pages (page rows, each with its articleCount), $articles (each names its page),
// $wrote, $events (rows from src/graph/rows.ts, joined by src/graph/batch-rows.ts).
CYPHER replan=skip
CALL () {
  UNWIND $batch.pages AS row
  MERGE (p:Page {key: row.key})
  SET p.id = row.id,
      p.file = row.file,
      p.sha256 = row.sha256,
      p.paper = row.paper,
      p.date = date(row.date),
      p.pageNo = row.pageNo,
      p.section = row.section,
      p.editors = row.editors,
      p.proofreaders = row.proofreaders,
      p.entityKeys = row.entityKeys,
      p.evidenceTypes = row.evidenceTypes,
      p.evidenceFrom = row.evidenceFrom,
      p.evidenceTo = row.evidenceTo,
      p.evidenceCounts = row.evidenceCounts,
      p.articleCount = row.articleCount
}
CALL () {
  UNWIND $batch.articles AS row
  MATCH (p:Page {key: row.page})
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
  UNWIND $batch.wrote AS row
  MATCH (w:Reporter {key: row.reporter})
  MATCH (a:Article {key: row.article})
  MERGE (w)-[r:WROTE {role: row.role}]->(a)
  SET r.article = row.article, r.start = row.start, r.end = row.end
}
CALL () {
  UNWIND $batch.events AS row
  MATCH (a:Article {key: row.article})
  MERGE (e:Event {key: row.key})
  SET e.id = row.id,
      e.date = date(row.date),
      e.datePrecision = row.datePrecision,
      e.statedDate = row.statedDate,
      e.endDate = date(row.endDate),
      e.statedEndDate = row.statedEndDate,
      e.venue = row.venue,
      e.summary = row.summary,
      e.quantities = row.quantities,
      e.quantityValues = row.quantityValues,
      e.quantityUnits = row.quantityUnits
  MERGE (a)-[r:REPORTS]->(e)
  SET r.article = row.article, r.start = row.start, r.end = row.end
}
