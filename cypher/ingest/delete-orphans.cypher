// Deletes the shared nodes (of the given keys) that nothing uses any more: a node no
// article, event or aggregated relationship points at once its last page is gone.
// Run at the end of a page's transaction over the keys of the old and new versions.
// Params: $keys.
CYPHER replan=skip
CALL () {
  MATCH (n:Town) WHERE n.key IN $keys AND NOT EXISTS { (n)--() }
  DELETE n
}
CALL () {
  MATCH (n:Unit) WHERE n.key IN $keys AND NOT EXISTS { (n)--() }
  DELETE n
}
CALL () {
  MATCH (n:Campaign) WHERE n.key IN $keys AND NOT EXISTS { (n)--() }
  DELETE n
}
CALL () {
  MATCH (n:Reporter) WHERE n.key IN $keys AND NOT EXISTS { (n)--() }
  DELETE n
}
CALL () {
  MATCH (n:Person) WHERE n.key IN $keys AND NOT EXISTS { (n)--() }
  DELETE n
}
