// Aggregated relationships between shared nodes: one per pair in the whole graph, with
// one evidence entry per supporting article (or per page, for facts without an
// article: the official parent chain, a unit's town) in the parallel lists
// pages/articles/starts/ends ('' and -1 where there is no article or span), and
// `count` = number of entries. retract-evidence.cypher takes a page's entries out again.
// Params: $townPartOf, $basedIn, $runs, $campaignHeldIn (rows from src/graph/rows.ts).
CYPHER replan=skip
CALL () {
  UNWIND $townPartOf AS row
  MATCH (a:Town {key: row.from})
  MATCH (b:Town {key: row.to})
  MERGE (a)-[r:PART_OF]->(b)
  ON CREATE SET r.pages = [], r.articles = [], r.starts = [], r.ends = []
  SET r.pages = r.pages + row.pages,
      r.articles = r.articles + row.articles,
      r.starts = r.starts + row.starts,
      r.ends = r.ends + row.ends
  SET r.count = size(r.pages)
}
CALL () {
  UNWIND $basedIn AS row
  MATCH (a:Unit {key: row.from})
  MATCH (b:Town {key: row.to})
  MERGE (a)-[r:BASED_IN]->(b)
  ON CREATE SET r.pages = [], r.articles = [], r.starts = [], r.ends = []
  SET r.pages = r.pages + row.pages,
      r.articles = r.articles + row.articles,
      r.starts = r.starts + row.starts,
      r.ends = r.ends + row.ends
  SET r.count = size(r.pages)
}
CALL () {
  UNWIND $runs AS row
  MATCH (a:Unit {key: row.from})
  MATCH (b:Campaign {key: row.to})
  MERGE (a)-[r:RUNS]->(b)
  ON CREATE SET r.pages = [], r.articles = [], r.starts = [], r.ends = []
  SET r.pages = r.pages + row.pages,
      r.articles = r.articles + row.articles,
      r.starts = r.starts + row.starts,
      r.ends = r.ends + row.ends
  SET r.count = size(r.pages)
}
CALL () {
  UNWIND $campaignHeldIn AS row
  MATCH (a:Campaign {key: row.from})
  MATCH (b:Town {key: row.to})
  MERGE (a)-[r:HELD_IN]->(b)
  ON CREATE SET r.pages = [], r.articles = [], r.starts = [], r.ends = []
  SET r.pages = r.pages + row.pages,
      r.articles = r.articles + row.articles,
      r.starts = r.starts + row.starts,
      r.ends = r.ends + row.ends
  SET r.count = size(r.pages)
}
