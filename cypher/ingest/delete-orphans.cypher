// Deletes the shared nodes (of the given keys) that nothing uses any more: a node no
// article, event or aggregated relationship points at once its last page is gone.
// Run at the end of a page's transaction over the keys of the old and new versions.
// Params, inside one map $batch (a list parameter of its own makes Neo4j re-plan the
// statement whenever its size crosses a power of ten): $towns, $units, $campaigns, $reporters, $persons (keys, split by their prefix:
// src/graph/keys.ts keysByLabel).
CYPHER replan=skip
CALL () {
  UNWIND $batch.towns AS key
  MATCH (n:Town {key: key}) WHERE NOT EXISTS { (n)--() }
  DELETE n
}
CALL () {
  UNWIND $batch.units AS key
  MATCH (n:Unit {key: key}) WHERE NOT EXISTS { (n)--() }
  DELETE n
}
CALL () {
  UNWIND $batch.campaigns AS key
  MATCH (n:Campaign {key: key}) WHERE NOT EXISTS { (n)--() }
  DELETE n
}
CALL () {
  UNWIND $batch.reporters AS key
  MATCH (n:Reporter {key: key}) WHERE NOT EXISTS { (n)--() }
  DELETE n
}
CALL () {
  UNWIND $batch.persons AS key
  MATCH (n:Person {key: key}) WHERE NOT EXISTS { (n)--() }
  DELETE n
}
