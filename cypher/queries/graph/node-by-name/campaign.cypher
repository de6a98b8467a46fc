// The Campaign called $name: its name, else (only when no Campaign has that name, so the common
// case is one index seek) its id, an alias. $keys are the ids the name would have
// (as ingest computes keys). An exact name beats an id, which beats an alias; all the nodes of the best
// kind of match come back, best-connected first, so that a shared name is never answered by one.
// Params: $name, $keys.
OPTIONAL MATCH (named:Campaign {name: $name})
WITH collect(named) AS named
CALL (named) {
  UNWIND named AS n
  RETURN n, 0 AS exact
  UNION
  WITH named WHERE size(named) = 0
  MATCH (n:Campaign) WHERE n.key IN $keys
  RETURN n, 1 AS exact
  UNION
  // Aliases are a list (no index): the scan runs only when no name matched, which the
  // nested CALL makes sure of (the outer WITH filters before the scan is reached).
  WITH named WHERE size(named) = 0
  CALL (named) {
    MATCH (n:Campaign) WHERE $name IN n.aliases AND size(named) = 0
    RETURN n
  }
  RETURN n, 2 AS exact
}
WITH n, exact, COUNT { (n)--() } AS degree
ORDER BY exact, degree DESC, n.key
// Every node of the best kind of match (up to 10): the caller tells one from several.
WITH collect({n: n, exact: exact}) AS rows
UNWIND [r IN rows WHERE r.exact = rows[0].exact][0..10] AS r
WITH r.n AS n
RETURN n {.*, _label: 'Campaign'} AS node, elementId(n) AS elementId
