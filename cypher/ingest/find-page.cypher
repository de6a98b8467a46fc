// The versions of a page already in the graph: the same content (same key) or an older
// text of the same file (same file name). Ingest skips the first and replaces the second.
// Params: $key (page key of the new text), $file (file name).
CYPHER replan=skip
MATCH (p:Page {key: $key})
RETURN p.key AS key, p.file AS file, coalesce(p.entityKeys, []) AS entityKeys
UNION
MATCH (p:Page {file: $file})
RETURN p.key AS key, p.file AS file, coalesce(p.entityKeys, []) AS entityKeys
