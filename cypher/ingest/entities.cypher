// MERGEs the shared nodes of a batch of pages on their keys. Names and aliases gather
// across pages: a unit or campaign keeps the longest name seen (the fullest form) and
// every other form as an alias; `aliasText` is the aliases joined by a space, for the
// full-text index. Towns keep their official name, code and level. Aliases are a sorted
// set, so they do not depend on the order pages were loaded in or how they were batched.
// Params, inside one map $batch (a list parameter of its own makes Neo4j re-plan the
// statement whenever its size crosses a power of ten): $towns, $units, $campaigns, $reporters, $persons (one row per key:
// src/graph/batch-rows.ts).
// A row that adds nothing to a node already known (the usual case once a county has been
// seen) writes nothing: rewriting equal values still cost store writes and full-text index
// updates at commit, for every town of every batch.
CYPHER replan=skip
CALL () {
  UNWIND $batch.towns AS row
  MERGE (n:Town {key: row.key})
  ON CREATE SET n.name = row.name, n.aliases = [], n.aliasText = ''
  WITH n, row, [x IN row.aliases + [row.name] WHERE x <> n.name AND x <> '' AND NOT x IN n.aliases] AS new
  WHERE size(new) > 0 OR (n.code IS NULL AND row.code IS NOT NULL) OR (n.level IS NULL AND row.level IS NOT NULL)
  SET n.code = coalesce(n.code, row.code), n.level = coalesce(n.level, row.level)
  WITH n, n.aliases + new AS forms
  SET n.aliases = COLLECT { UNWIND forms AS x WITH DISTINCT x ORDER BY x RETURN x }
  SET n.aliasText = reduce(s = '', x IN n.aliases | CASE s WHEN '' THEN x ELSE s + ' ' + x END)
}
CALL () {
  UNWIND $batch.units AS row
  MERGE (n:Unit {key: row.key})
  ON CREATE SET n.name = row.name, n.aliases = [], n.aliasText = ''
  WITH n, row, n.name AS old, CASE WHEN size(row.name) > size(n.name) THEN row.name ELSE n.name END AS name
  WITH n, old, name, [x IN row.aliases + [old, row.name] WHERE x <> name AND x <> '' AND NOT x IN n.aliases] AS new
  WHERE size(new) > 0 OR name <> old
  SET n.name = name
  WITH n, [x IN n.aliases + new WHERE x <> name] AS forms
  SET n.aliases = COLLECT { UNWIND forms AS x WITH DISTINCT x ORDER BY x RETURN x }
  SET n.aliasText = reduce(s = '', x IN n.aliases | CASE s WHEN '' THEN x ELSE s + ' ' + x END)
}
CALL () {
  UNWIND $batch.campaigns AS row
  MERGE (n:Campaign {key: row.key})
  ON CREATE SET n.name = row.name, n.aliases = [], n.aliasText = ''
  WITH n, row, n.name AS old, CASE WHEN size(row.name) > size(n.name) THEN row.name ELSE n.name END AS name
  WITH n, old, name, [x IN row.aliases + [old, row.name] WHERE x <> name AND x <> '' AND NOT x IN n.aliases] AS new
  WHERE size(new) > 0 OR name <> old
  SET n.name = name
  WITH n, [x IN n.aliases + new WHERE x <> name] AS forms
  SET n.aliases = COLLECT { UNWIND forms AS x WITH DISTINCT x ORDER BY x RETURN x }
  SET n.aliasText = reduce(s = '', x IN n.aliases | CASE s WHEN '' THEN x ELSE s + ' ' + x END)
}
CALL () {
  UNWIND $batch.reporters AS row
  MERGE (n:Reporter {key: row.key})
  ON CREATE SET n.name = row.name
}
CALL () {
  UNWIND $batch.persons AS row
  MERGE (n:Person {key: row.key})
  ON CREATE SET n.name = row.name
}
