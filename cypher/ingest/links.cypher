// Evidence inside one article: where an event happened, who organised it, which
// campaign it belongs to, and what each article mentions. Each relationship carries
// its provenance: `article` (key) and `start`/`end` (span in the original page text);
// MENTIONS carries every span (`starts`/`ends`), their `count` and the forms written; a
// Person's also the posts written before the name (`posts`) and beside each the key of its
// unit or town (`postOf`, '' for none).
// Params, inside one map $batch (a list parameter of its own makes Neo4j re-plan the
// statement whenever its size crosses a power of ten): $eventHeldIn, $organized, $eventPartOf, $mentions (rows from src/graph/rows.ts).
CYPHER replan=skip
CALL () {
  UNWIND $batch.eventHeldIn AS row
  MATCH (e:Event {key: row.from})
  MATCH (t:Town {key: row.to})
  MERGE (e)-[r:HELD_IN]->(t)
  SET r.article = row.article, r.start = row.start, r.end = row.end
}
CALL () {
  UNWIND $batch.organized AS row
  MATCH (u:Unit {key: row.from})
  MATCH (e:Event {key: row.to})
  MERGE (u)-[r:ORGANIZED]->(e)
  SET r.article = row.article, r.start = row.start, r.end = row.end
}
CALL () {
  UNWIND $batch.eventPartOf AS row
  MATCH (e:Event {key: row.from})
  MATCH (c:Campaign {key: row.to})
  MERGE (e)-[r:PART_OF]->(c)
  SET r.article = row.article, r.start = row.start, r.end = row.end
}
CALL () {
  UNWIND [m IN $batch.mentions WHERE m.label = 'Town'] AS row
  MATCH (a:Article {key: row.article})
  MATCH (n:Town {key: row.to})
  MERGE (a)-[r:MENTIONS]->(n)
  SET r.count = row.count, r.starts = row.starts, r.ends = row.ends, r.texts = row.texts
}
CALL () {
  UNWIND [m IN $batch.mentions WHERE m.label = 'Unit'] AS row
  MATCH (a:Article {key: row.article})
  MATCH (n:Unit {key: row.to})
  MERGE (a)-[r:MENTIONS]->(n)
  SET r.count = row.count, r.starts = row.starts, r.ends = row.ends, r.texts = row.texts
}
CALL () {
  UNWIND [m IN $batch.mentions WHERE m.label = 'Campaign'] AS row
  MATCH (a:Article {key: row.article})
  MATCH (n:Campaign {key: row.to})
  MERGE (a)-[r:MENTIONS]->(n)
  SET r.count = row.count, r.starts = row.starts, r.ends = row.ends, r.texts = row.texts
}
CALL () {
  UNWIND [m IN $batch.mentions WHERE m.label = 'Person'] AS row
  MATCH (a:Article {key: row.article})
  MATCH (n:Person {key: row.to})
  MERGE (a)-[r:MENTIONS]->(n)
  SET r.count = row.count, r.starts = row.starts, r.ends = row.ends, r.texts = row.texts,
      r.posts = row.posts, r.postOf = row.postOf
}
