// The Person called $name: its name, else (only when no Person has that name, so the common
// case is one index seek) its id, an alias. $keys are the ids the name would have
// (as ingest computes keys). An exact name beats the rest; ties go to the best-connected node.
// Params: $name, $keys.
OPTIONAL MATCH (named:Person {name: $name})
WITH collect(named) AS named
CALL (named) {
  UNWIND named AS n
  RETURN n, 0 AS exact
  UNION
  WITH named WHERE size(named) = 0
  MATCH (n:Person) WHERE n.key IN $keys
  RETURN n, 1 AS exact
}
WITH n, exact, COUNT { (n)--() } AS degree
ORDER BY exact, degree DESC, n.key
LIMIT 1
RETURN n {.*, _label: 'Person'} AS node, elementId(n) AS elementId
