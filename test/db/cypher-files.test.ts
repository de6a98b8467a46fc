import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cypher, cypherStatements } from '../../src/db/cypher-files.js';
import type { Database } from '../../src/db/database.js';
import { PROJECT_ROOT } from '../../src/project-root.js';
import { openTestGraph } from '../support/graph.js';

const CYPHER_DIR = join(PROJECT_ROOT, 'cypher');

function cypherFileNames(dir = CYPHER_DIR): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return cypherFileNames(path);
    return entry.endsWith('.cypher') ? [relative(CYPHER_DIR, path).replace(/\.cypher$/, '')] : [];
  });
}

describe('the Cypher files', () => {
  let database: Database;
  beforeAll(async () => ({ database } = await openTestGraph()));
  afterAll(() => database?.close());

  it.each(cypherFileNames().filter((name) => name !== 'schema'))('%s compiles in Neo4j', async (name) => {
    // EXPLAIN plans a statement without running it: a typo or removed syntax fails here.
    // Parameters are unknown to EXPLAIN's planner only as values, so none are needed.
    // The peer's @cypher fields run where @neo4j/graphql has bound `this` to the node.
    const bound = name.startsWith('bench/peer-') ? 'MATCH (this) WITH this LIMIT 1\n' : '';
    await expect(database.driver.executeQuery(`EXPLAIN ${bound}${cypher(name)}`)).resolves.toBeDefined();
  });

  it('schema.cypher is a list of idempotent statements', () => {
    const statements = cypherStatements('schema');
    expect(statements.length).toBeGreaterThan(10);
    // Each creates only what is missing, or drops only what is there (an index a later one replaces).
    for (const statement of statements) expect(statement).toMatch(/IF NOT EXISTS|^DROP INDEX \w+ IF EXISTS$/);
  });
});
