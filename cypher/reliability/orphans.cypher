// Nodes with no relationship at all: after any ingest, interrupted or not, there should be
// none (a town, unit, campaign, reporter or person exists because some page names it).
// Params: none.
MATCH (n)
WHERE NOT EXISTS { (n)--() }
RETURN labels(n)[0] AS label, n.key AS key
ORDER BY label, key
