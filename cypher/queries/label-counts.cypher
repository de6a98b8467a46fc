// Exact node counts per label and relationship counts per type (scans; for tests and
// reports — stats use the count store instead).
CALL () {
  MATCH (n) UNWIND labels(n) AS name RETURN 'label' AS kind, name, count(*) AS count
  UNION ALL
  MATCH ()-[r]->() RETURN 'type' AS kind, type(r) AS name, count(*) AS count
}
RETURN kind, name, count ORDER BY kind, name
