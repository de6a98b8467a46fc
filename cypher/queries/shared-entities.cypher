// Towns, units and campaigns that articles on more than one page mention, with the
// files of those pages: the entity resolution across pages, made visible.
MATCH (n)<-[:MENTIONS]-(:Article)-[:ON_PAGE]->(p:Page)
WHERE n:Town OR n:Unit OR n:Campaign
WITH DISTINCT n, p.file AS file
ORDER BY file
WITH n, collect(file) AS files
WHERE size(files) > 1
RETURN labels(n)[0] AS label, n.name AS name, files
ORDER BY label, name
