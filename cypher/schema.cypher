// Constraints and indexes of the knowledge graph. Every statement is idempotent
// (IF NOT EXISTS), so this file is applied on every start-up.
// Identity: every node has a `key` that a re-run computes again from the same text
// (official code for resolved towns, canonical names for units and campaigns,
// content hashes for articles and pages), and ingest MERGEs on it.

CREATE CONSTRAINT town_key IF NOT EXISTS FOR (n:Town) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT unit_key IF NOT EXISTS FOR (n:Unit) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT reporter_key IF NOT EXISTS FOR (n:Reporter) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT person_key IF NOT EXISTS FOR (n:Person) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT campaign_key IF NOT EXISTS FOR (n:Campaign) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT event_key IF NOT EXISTS FOR (n:Event) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT article_key IF NOT EXISTS FOR (n:Article) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT page_key IF NOT EXISTS FOR (n:Page) REQUIRE n.key IS UNIQUE;
// Not a node of the graph: a lock on a file name held while one text of it is written
// (see ingest/lock-files.cypher); the constraint is what makes concurrent MERGEs wait.
CREATE CONSTRAINT page_file_lock IF NOT EXISTS FOR (n:PageFileLock) REQUIRE n.file IS UNIQUE;

CREATE INDEX town_code IF NOT EXISTS FOR (n:Town) ON (n.code);
CREATE INDEX town_name IF NOT EXISTS FOR (n:Town) ON (n.name);
CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.date);
CREATE INDEX article_date IF NOT EXISTS FOR (n:Article) ON (n.date);
CREATE INDEX page_date IF NOT EXISTS FOR (n:Page) ON (n.date);
// Re-ingesting a file finds the version of it already loaded by file name.
CREATE INDEX page_file IF NOT EXISTS FOR (n:Page) ON (n.file);

// Full-text search over names, aliases, titles, subtitles and story text. The CJK analyzer
// indexes Chinese as overlapping character bigrams, so a two-character query finds longer
// names. (entity_text, its predecessor, covered names and titles only: a database made
// before has it dropped here, once, and search_text built in its place.)
DROP INDEX entity_text IF EXISTS;
CREATE FULLTEXT INDEX search_text IF NOT EXISTS
FOR (n:Town|Unit|Reporter|Person|Campaign|Article)
ON EACH [n.name, n.aliasText, n.title, n.subtitle, n.text]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk' } };

// Lookups by name (the API's campaign(name:), unit(name:), reporter(name:), person(name:),
// and list filters naming a campaign or unit) are index seeks, not label scans.
CREATE INDEX unit_name IF NOT EXISTS FOR (n:Unit) ON (n.name);
CREATE INDEX campaign_name IF NOT EXISTS FOR (n:Campaign) ON (n.name);
CREATE INDEX reporter_name IF NOT EXISTS FOR (n:Reporter) ON (n.name);
CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name);

