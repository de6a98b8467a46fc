// How many pages the filters of list/pages select (same parameters, no paging).
MATCH (n:Page)
WHERE ($paper IS NULL OR n.paper = $paper)
  AND ($from IS NULL OR n.date >= date($from)) AND ($to IS NULL OR n.date <= date($to))
  AND ($fileContains IS NULL OR n.file CONTAINS $fileContains)
RETURN count(n) AS total
