// Deletes pages with their articles and events, and every relationship those hold
// (ON_PAGE, WROTE, REPORTS, MENTIONS, the events' HELD_IN, ORGANIZED, PART_OF).
// Shared nodes stay: delete-orphans removes the ones nothing uses any more.
// Params, inside one map $batch (a list parameter of its own makes Neo4j re-plan the
// statement whenever its size crosses a power of ten): $pages (page keys).
CYPHER replan=skip
MATCH (p:Page) WHERE p.key IN $batch.pages
OPTIONAL MATCH (p)<-[:ON_PAGE]-(a:Article)
OPTIONAL MATCH (a)-[:REPORTS]->(e:Event)
WITH p, collect(DISTINCT a) AS articles, collect(DISTINCT e) AS events
FOREACH (x IN events | DETACH DELETE x)
FOREACH (x IN articles | DETACH DELETE x)
DETACH DELETE p
