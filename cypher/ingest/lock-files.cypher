// The first statement of every page write: takes one lock per file name, so two texts of
// one file (two `ingestPage` calls at once, two ingests of one directory) are written one
// after the other, and the second finds the first as the older version it replaces.
// MERGE under the page_file_lock constraint locks the name: a concurrent transaction's MERGE
// of the same name waits here until this one ends. unlock-files.cypher deletes the lock
// nodes before commit, so the graph never holds one (a rollback removes them too).
// Params, inside one map $batch: $files (file names, sorted so concurrent batches lock in
// one order and cannot deadlock).
CYPHER replan=skip
UNWIND $batch.files AS file
MERGE (:PageFileLock {file: file})
