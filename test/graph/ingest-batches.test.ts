import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.js';
import type { GraphRepository } from '../../src/db/graph-repository.js';
import { preparePage } from '../../src/graph/ingest-page.js';
import { ingestPaths, isFileError, writeBatch } from '../../src/graph/ingest-pages.js';
import { countsOf, graphSnapshot } from '../support/graph-snapshot.js';
import { emptyGraph, openTestGraph } from '../support/graph.js';

/**
 * Large ingests write many pages per transaction. These tests pin down that a batch
 * writes exactly what the pages would write one by one, that a page the database refuses
 * costs only itself, and that two ingests running at once write every page once.
 */
const SEEDS = 'seeds';
const seedFiles = ['000_9db501005d26fdbc.txt', '001_19937433ced9cdea.txt', '003_e4c7cc7442eff8db.txt'];

describe('ingest in batches', () => {
  let database: Database;
  let repository: GraphRepository;
  beforeAll(async () => {
    ({ database, repository } = await openTestGraph());
  });
  afterAll(() => database?.close());

  it('builds the same graph in one transaction as in one transaction per page', async () => {
    await emptyGraph(repository);
    const onePerPage = await ingestPaths(repository, [SEEDS], { batchPages: 1 });
    expect(onePerPage.loaded).toBe(5);
    const expected = await graphSnapshot(repository);

    await emptyGraph(repository);
    const oneBatch = await ingestPaths(repository, [SEEDS], { batchPages: 50 });
    expect(oneBatch.loaded).toBe(5);
    expect(oneBatch.updates.nodesCreated).toBe(onePerPage.updates.nodesCreated);
    expect(oneBatch.updates.relationshipsCreated).toBe(onePerPage.updates.relationshipsCreated);
    expect(await graphSnapshot(repository)).toEqual(expected);
  });

  it('loses only the page the database refuses when a batch fails, and keeps none of it', async () => {
    await emptyGraph(repository);
    const good = seedFiles.map((f) => preparePage(join(SEEDS, f), readFileSync(join(SEEDS, f))));
    // The database, not extraction, refuses this one: no calendar has 30 February.
    const base = preparePage('refused.txt', readFileSync(join(SEEDS, '004_5c50730ce092d865.txt')));
    const refused = { ...base, rows: { ...base.rows, page: { ...base.rows.page, date: '2023-02-30' } } };

    const results = await writeBatch(repository, [good[0]!, refused, good[1]!, good[2]!], false);

    expect(results.map((r) => (isFileError(r) ? `failed ${r.path}` : `${r.page.status} ${r.page.file}`))).toEqual([
      `loaded ${seedFiles[0]}`,
      'failed refused.txt',
      `loaded ${seedFiles[1]}`,
      `loaded ${seedFiles[2]}`,
    ]);
    const error = results[1]!;
    expect(isFileError(error) && error.error).toMatch(/Invalid date 'FEBRUARY 30'/);
    const counts = await countsOf(repository);
    expect(counts.Page).toBe(3);
    expect(counts.Article).toBe(8 + 7 + 5);
    const { nodes } = await graphSnapshot(repository);
    expect(refused.rows.articles.filter((a) => nodes.has(a.key))).toEqual([]);
    expect(nodes.has(refused.rows.page.key)).toBe(false);
  });

  it('writes every page once when two ingests of one directory run at the same time', async () => {
    await emptyGraph(repository);
    await ingestPaths(repository, [SEEDS]);
    const expected = await graphSnapshot(repository);

    await emptyGraph(repository);
    const [first, second] = await Promise.all([
      ingestPaths(repository, [SEEDS], { batchPages: 2 }),
      ingestPaths(repository, [SEEDS], { batchPages: 2 }),
    ]);
    expect(first.failed + second.failed).toBe(0);
    expect(first.loaded + second.loaded).toBe(5);
    expect(first.unchanged + second.unchanged).toBe(5);
    expect(await graphSnapshot(repository)).toEqual(expected);
  });
});
