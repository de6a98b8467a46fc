import type { TestProject } from 'vitest/node';
import { openDatabase } from '../../src/db/database.js';
import { GraphRepository } from '../../src/db/graph-repository.js';
import { testConfig } from './test-config.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Bolt URI of the database every db test uses. */
    neo4jUri: string;
  }
}

/**
 * Starts the real database once for the whole run: the embedded Neo4j (or the server at
 * NEO4J_URI — whose data the tests delete), applies the schema, and hands its URI to
 * the test files. The embedded one is stopped at the end.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const config = testConfig();
  const startedAt = Date.now();
  const database = await openDatabase(config, { log: (line) => process.stderr.write(`[neo4j] ${line}\n`) });
  await new GraphRepository(database.driver, { database: config.neo4jDatabase }).applyStatements('schema');
  process.stderr.write(`[neo4j] ready at ${database.uri} in ${((Date.now() - startedAt) / 1000).toFixed(1)}s\n`);
  project.provide('neo4jUri', database.uri);
  return () => database.close();
}
