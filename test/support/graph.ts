import { inject } from 'vitest';
import type { Config } from '../../src/config/config.js';
import { openDatabase, type Database } from '../../src/db/database.js';
import { GraphRepository } from '../../src/db/graph-repository.js';
import { testConfig } from './test-config.js';

/** Config pointing at the database the global setup started. */
export function configForTestDatabase(overrides: Record<string, string> = {}): Config {
  return testConfig({ NEO4J_URI: inject('neo4jUri'), ...overrides });
}

/** A driver and repository on the test database; close the database in afterAll. */
export async function openTestGraph(): Promise<{ database: Database; repository: GraphRepository }> {
  const config = configForTestDatabase();
  const database = await openDatabase(config);
  return { database, repository: new GraphRepository(database.driver, { database: config.neo4jDatabase }) };
}

/** Puts the graph into a known state: empty. */
export async function emptyGraph(repository: GraphRepository): Promise<void> {
  await repository.writeInBatches('admin/delete-all');
}
