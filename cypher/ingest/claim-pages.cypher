// The first statement of every ingest transaction: for each page of the batch, whether its
// content is already loaded (same key → skip) and the older texts of the same file (same
// name, other key → replace).
// The MERGE claims each new key at once: a concurrent ingest of the same page waits on the
// key's uniqueness lock until this transaction ends, then finds the page loaded and skips
// it, so two ingests of one directory write every page once. A claimed key has no `file`
// until pages.cypher writes it; the claim goes if the transaction rolls back.
// Params, inside one map $batch (a list parameter of its own makes Neo4j re-plan the
// statement whenever its size crosses a power of ten): $pages ([{key, file}], sorted by key so concurrent batches lock in one order).
CYPHER replan=skip
UNWIND $batch.pages AS new
MERGE (p:Page {key: new.key})
WITH new, p, p.file IS NOT NULL AS loaded
RETURN new.key AS key,
       CASE WHEN loaded THEN p.file END AS loadedAs,
       CASE WHEN loaded THEN coalesce(p.entityKeys, []) ELSE [] END AS loadedEntityKeys,
       COLLECT {
         MATCH (old:Page {file: new.file}) WHERE old.key <> new.key
         RETURN {key: old.key, entityKeys: coalesce(old.entityKeys, [])}
       } AS olderVersions
