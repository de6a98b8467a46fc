/**
 * One source is one page, whatever the timing. Eight `ingestPage` calls at once with the
 * same file name and eight different texts (the five seeds and three longer versions of
 * them) leave one Page for that file: one call answers `loaded`, the seven others
 * `replaced`, and the graph is exactly what writing the eight one after another gives,
 * with the surviving text last: its page, articles and events only, no node only a replaced
 * version used. (The names and aliases a shared node gathered from a replaced version stay
 * on it, as they do after any replace: docs/graph-model.md, Known limits.)
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.js';
import type { GraphRepository } from '../../src/db/graph-repository.js';
import { ingestPage, type PageWrite } from '../../src/graph/ingest-page.js';
import { graphSnapshot, type Snapshot } from '../support/graph-snapshot.js';
import { emptyGraph, openTestGraph } from '../support/graph.js';
import { SEEDS_DIR } from './bad-input-cases.js';

const SOURCE = 'one-source.txt';

/** Eight different texts: each seed, and three seeds with a short report added. */
function eightTexts(): Buffer[] {
  const seeds = readdirSync(SEEDS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(SEEDS_DIR, f), 'utf8'));
  const added = (i: number) => `\n\n本报讯 第${i}次补充报道：社区志愿者开展环境整治，清理垃圾${i}吨。\n`;
  const texts = [...seeds, ...[0, 1, 2].map((i) => seeds[i]! + added(i))];
  return texts.map((t) => Buffer.from(t, 'utf8'));
}

/** The snapshot without the forms shared nodes gather across versions (see the header). */
function withoutGatheredForms({ nodes, relationships }: Snapshot): Snapshot {
  const gathered = ['name', 'aliases', 'aliasText'];
  const kept = [...nodes].map(([key, node]) => {
    if (!['Town', 'Unit', 'Campaign'].includes(node.label)) return [key, node] as const;
    const props = Object.entries(node.props as object).filter(([k]) => !gathered.includes(k));
    return [key, { label: node.label, props: Object.fromEntries(props) }] as const;
  });
  return { nodes: new Map(kept), relationships };
}

describe('concurrent replaces of one source', () => {
  let database: Database;
  let repository: GraphRepository;

  beforeAll(async () => {
    ({ database, repository } = await openTestGraph());
  });
  afterAll(async () => {
    await database?.close();
  });

  it("eight at once leave one page, the graph of the last text's alone, and say loaded once and replaced seven times", async () => {
    await emptyGraph(repository);
    const texts = eightTexts();
    const writes: PageWrite[] = await Promise.all(texts.map((bytes) => ingestPage(repository, SOURCE, bytes)));

    expect(writes.map((w) => w.status).sort()).toEqual(['loaded', ...Array(7).fill('replaced')]);
    const copies = await repository.read<{ file: string; copies: number }>('reliability/page-copies');
    expect(copies.map((c) => ({ file: c.file, copies: Number(c.copies) }))).toEqual([{ file: SOURCE, copies: 1 }]);
    expect(await repository.read('reliability/orphans')).toEqual([]);

    // Which text is written last depends on the timing; the graph must be that text's.
    const concurrent = await graphSnapshot(repository);
    const page = [...concurrent.nodes.values()].find((n) => n.label === 'Page')!.props as { key: string };
    const survivor = writes.findIndex((w) => w.pageKey === page.key);
    expect(survivor).toBeGreaterThanOrEqual(0);
    await emptyGraph(repository);
    await ingestPage(repository, SOURCE, texts[survivor]!);
    expect(withoutGatheredForms(concurrent)).toEqual(withoutGatheredForms(await graphSnapshot(repository)));
  });
});
