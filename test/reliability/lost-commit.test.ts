/**
 * A write whose commit answer is lost still reports what it did. When the connection drops
 * as Neo4j commits, the driver runs the transaction function again; that second run finds
 * the page already in the graph. Here the repository does exactly that on purpose, on
 * the real database: it runs each write transaction once, commits, and runs the same
 * function again in a second transaction, answering with the second run's result.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.js';
import { GraphRepository, type GraphTransaction } from '../../src/db/graph-repository.js';
import { ingestPage } from '../../src/graph/ingest-page.js';
import { countsOf } from '../support/graph-snapshot.js';
import { configForTestDatabase, emptyGraph, openTestGraph } from '../support/graph.js';
import { BASE_SEED, SEEDS_DIR } from './bad-input-cases.js';

/** Every write transaction runs twice: the first commits, and its answer is dropped. */
class LostCommitRepository extends GraphRepository {
  override async writeTransaction<T>(
    work: (tx: GraphTransaction) => Promise<T>,
    options: { minTimeoutMs?: number } = {},
  ): Promise<T> {
    await super.writeTransaction(work, options);
    return super.writeTransaction(work, options);
  }
}

describe('a write whose commit answer is lost', () => {
  let database: Database;
  let repository: GraphRepository;
  let replaying: GraphRepository;
  const seed = readFileSync(join(SEEDS_DIR, BASE_SEED));

  beforeAll(async () => {
    ({ database, repository } = await openTestGraph());
    replaying = new LostCommitRepository(database.driver, { database: configForTestDatabase().neo4jDatabase });
  });
  afterAll(async () => {
    await database?.close();
  });

  it('reports loaded, with what it created, not unchanged; a changed text reports replaced', async () => {
    await emptyGraph(repository);
    const first = await ingestPage(replaying, 'lost-commit.txt', seed);
    expect(first).toMatchObject({ status: 'loaded', articles: 8 });
    expect(first.updates.nodesCreated).toBeGreaterThan(0);
    expect((await countsOf(repository)).Page).toBe(1);

    const changed = Buffer.concat([seed, Buffer.from('\n本报讯 补充报道：社区志愿者开展环境整治。\n', 'utf8')]);
    const second = await ingestPage(replaying, 'lost-commit.txt', changed);
    expect(second.status).toBe('replaced');
    expect((await countsOf(repository)).Page).toBe(1);

    // Sent again by the user, the same text really is unchanged.
    expect((await ingestPage(repository, 'lost-commit.txt', changed)).status).toBe('unchanged');
  });
});
