// A page of newspaper pages. Filters (null = any): $paper, $from / $to (ISO dates),
// $fileContains. $sort DATE | FILE, $desc; $skip, $first.
MATCH (n:Page)
WHERE ($paper IS NULL OR n.paper = $paper)
  AND ($from IS NULL OR n.date >= date($from)) AND ($to IS NULL OR n.date <= date($to))
  AND ($fileContains IS NULL OR n.file CONTAINS $fileContains)
WITH n, CASE $sort WHEN 'DATE' THEN n.date ELSE n.file END AS s
ORDER BY CASE WHEN $desc THEN null ELSE s END, CASE WHEN $desc THEN s END DESC, n.key
SKIP $skip LIMIT $first
RETURN n {.*, _label: 'Page'} AS node
