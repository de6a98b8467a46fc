import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.js';
import type { GraphRepository } from '../../src/db/graph-repository.js';
import { removePage } from '../../src/graph/ingest-page.js';
import { ingestPaths } from '../../src/graph/ingest-pages.js';
import { EVIDENCE_SAMPLE } from '../../src/graph/write-pages.js';
import { countsOf, graphSnapshot } from '../support/graph-snapshot.js';
import { emptyGraph, openTestGraph } from '../support/graph.js';

/**
 * An aggregated relationship that many pages support counts every piece of evidence but
 * keeps only a sample of it, so that loading one more page costs the same however many
 * came before. Sixty copies of one seed page (each with its own last line, so each is a
 * page of its own) all support 双辽市 PART_OF 四平市.
 */
const COPIES = 60;
const SHUANGLIAO_IN_SIPING = 'town:220382 -PART_OF-> town:2203';

describe('evidence on a relationship many pages support', () => {
  let database: Database;
  let repository: GraphRepository;
  let dir: string;
  const files: string[] = [];
  beforeAll(async () => {
    ({ database, repository } = await openTestGraph());
    await emptyGraph(repository);
    dir = mkdtempSync(join(tmpdir(), 'evidence-'));
    const page = readFileSync('seeds/000_9db501005d26fdbc.txt', 'utf8');
    for (let i = 0; i < COPIES; i++) {
      const file = join(dir, `copy-${String(i).padStart(2, '0')}.txt`);
      writeFileSync(file, `${page}\n（第${i + 1}次印刷）\n`);
      files.push(file);
    }
    const summary = await ingestPaths(repository, [dir], { batchPages: 25 });
    expect(summary.loaded).toBe(COPIES);
  }, 600_000);
  afterAll(async () => {
    await database?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const evidence = async () =>
    (await graphSnapshot(repository)).relationships.get(SHUANGLIAO_IN_SIPING) as
      { count: number; pages: string[]; articles: string[] } | undefined;

  it('counts every supporting entry and keeps the first ones by page as the sample', async () => {
    const r = await evidence();
    expect(r?.count).toBe(COPIES);
    // One entry per copy; the sample is the entries of the first pages by key, whatever the load order.
    expect(r?.pages.sort()).toEqual((await pageKeys()).sort().slice(0, EVIDENCE_SAMPLE));
  });

  it('takes exactly a removed page’s entries back out, down to no relationship at all', async () => {
    for (const file of files.slice(0, COPIES - 5)) await removePage(repository, file);
    const left = await evidence();
    expect(left?.count).toBe(5);
    const pagesLeft = new Set(await pageKeys());
    expect(pagesLeft.size).toBe(5);
    expect(left?.pages.every((p) => pagesLeft.has(p))).toBe(true);

    for (const file of files.slice(COPIES - 5)) await removePage(repository, file);
    expect(await evidence()).toBeUndefined();
    expect(await countsOf(repository)).toEqual({});
  });

  async function pageKeys(): Promise<string[]> {
    const { nodes } = await graphSnapshot(repository);
    return [...nodes.entries()].filter(([, n]) => n.label === 'Page').map(([key]) => key);
  }
});
