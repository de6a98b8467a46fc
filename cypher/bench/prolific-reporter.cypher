// Bench parameter: the reporter credited on the most articles (reporter names are keys,
// so the name is unique).
// Params: none.
MATCH (r:Reporter)
WITH r, COUNT { (r)-[:WROTE]->(:Article) } AS credits
ORDER BY credits DESC, r.key
RETURN r.key AS id, r.name AS name, credits
LIMIT 1
