// How many Page nodes each page file has (one, unless an interrupted or concurrent ingest
// went wrong): for the fault tests.
// Params: none.
MATCH (p:Page)
RETURN p.file AS file, count(*) AS copies
ORDER BY file
