// The articles of a page (by file name) in page order, each with the people credited
// and their roles (reporter, correspondent, photographer).
// Params: $file.
MATCH (p:Page {file: $file})<-[on:ON_PAGE]-(a:Article)
OPTIONAL MATCH (r:Reporter)-[w:WROTE]->(a)
WITH on.index AS index, a, r, w
ORDER BY w.role
WITH index, a, r, collect(w.role) AS roles
ORDER BY index, r.name
WITH index, a, [x IN collect({name: r.name, roles: roles}) WHERE x.name IS NOT NULL] AS credits
RETURN index, a.title AS title, credits
ORDER BY index
