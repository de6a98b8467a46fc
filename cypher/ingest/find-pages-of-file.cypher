// The pages loaded from a file (by file name), with the entity keys each touched, so that
// removePage can take them out with retract-evidence, delete-pages and delete-orphans.
// Params: $file (file name).
CYPHER replan=skip
MATCH (p:Page {file: $file})
RETURN p.key AS key, coalesce(p.entityKeys, []) AS entityKeys
