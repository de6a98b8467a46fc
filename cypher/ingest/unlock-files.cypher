// The last statement of every page write: deletes the lock nodes lock-files.cypher made
// (the locks themselves last until the transaction ends).
// Params, inside one map $batch: $files (file names).
CYPHER replan=skip
MATCH (l:PageFileLock) WHERE l.file IN $batch.files
DELETE l
