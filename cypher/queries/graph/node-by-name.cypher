// The node of one label called $name: its name, an alias, its id, or (towns) its
// official code; $keys are the ids the name would have (as ingest computes keys:
// white space, quotes and separators dropped). An exact name beats an alias; ties go to
// the best-connected node.
// Params: $label (Town | Unit | Campaign | Reporter | Person), $name, $keys.
CALL () {
  MATCH (n:Town) WHERE $label = 'Town' AND (n.name = $name OR n.code = $name OR $name IN n.aliases OR n.key IN $keys)
  RETURN n
  UNION
  MATCH (n:Unit) WHERE $label = 'Unit'
    AND (n.name = $name OR $name IN n.aliases OR n.key IN $keys)
  RETURN n
  UNION
  MATCH (n:Campaign) WHERE $label = 'Campaign'
    AND (n.name = $name OR $name IN n.aliases OR n.key IN $keys)
  RETURN n
  UNION
  MATCH (n:Reporter) WHERE $label = 'Reporter' AND (n.name = $name OR n.key IN $keys)
  RETURN n
  UNION
  MATCH (n:Person) WHERE $label = 'Person' AND (n.name = $name OR n.key IN $keys)
  RETURN n
}
WITH n, CASE WHEN n.name = $name THEN 0 ELSE 1 END AS exact, COUNT { (n)--() } AS degree
ORDER BY exact, degree DESC, n.key
LIMIT 1
RETURN n {.*, _label: head(labels(n))} AS node, elementId(n) AS elementId
