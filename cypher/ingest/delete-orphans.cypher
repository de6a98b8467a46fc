// Deletes the shared nodes (of the given keys) that nothing uses any more: a node no
// article, event or aggregated relationship points at once its last page is gone.
// Run at the end of a page's transaction over the keys of the old and new versions.
// Params: $towns, $units, $campaigns, $reporters, $persons (keys, split by their prefix:
// src/graph/keys.ts keysByLabel).
CYPHER replan=skip
CALL () {
  UNWIND $towns AS key
  MATCH (n:Town {key: key}) WHERE NOT EXISTS { (n)--() }
  DELETE n
}
CALL () {
  UNWIND $units AS key
  MATCH (n:Unit {key: key}) WHERE NOT EXISTS { (n)--() }
  DELETE n
}
CALL () {
  UNWIND $campaigns AS key
  MATCH (n:Campaign {key: key}) WHERE NOT EXISTS { (n)--() }
  DELETE n
}
CALL () {
  UNWIND $reporters AS key
  MATCH (n:Reporter {key: key}) WHERE NOT EXISTS { (n)--() }
  DELETE n
}
CALL () {
  UNWIND $persons AS key
  MATCH (n:Person {key: key}) WHERE NOT EXISTS { (n)--() }
  DELETE n
}
