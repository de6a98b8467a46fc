/**
 * The bad-input catalogue through ingest: `ingestPaths` in-process, one case at a time on
 * top of the five seed pages, and the `npm run ingest` process (from dist/, as `npm test`
 * builds it first) on a directory mixing every refused file with the seeds.
 *
 * A refused file is named with its reason and leaves the graph exactly as it was (no half
 * page); a page in another encoding is recognised as the seed it is; a page that loads
 * loads whole; the files after a bad one are still loaded.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Database } from '../../src/db/database.js';
import type { GraphRepository } from '../../src/db/graph-repository.js';
import { removePage } from '../../src/graph/ingest-page.js';
import { ingestPaths } from '../../src/graph/ingest-pages.js';
import { countsOf, graphSnapshot, type Snapshot } from '../support/graph-snapshot.js';
import { emptyGraph, openTestGraph } from '../support/graph.js';
import { BASE_SEED, FILE_CASES, PATH_CASES, SEEDS_DIR, type BadInputCase } from './bad-input-cases.js';

/** The five seed pages alone (see test/graph/ingest-seeds.test.ts). */
const SEED_NODES = 357;
const SEED_RELATIONSHIPS = 772;

const refused = (c: BadInputCase) => ('refused' in c.ingest ? c.ingest.refused : null);
const isSameAsSeed = (c: BadInputCase) => 'sameAsSeed' in c.ingest;

async function totals(repository: GraphRepository): Promise<{ nodes: number; relationships: number }> {
  const [row] = await repository.read<{ nodes: number; relationships: number }>('queries/graph-counts');
  return { nodes: Number(row!.nodes), relationships: Number(row!.relationships) };
}

async function titlesOf(repository: GraphRepository): Promise<string[]> {
  const { nodes } = await graphSnapshot(repository);
  return [...nodes.values()]
    .filter((n) => n.label === 'Article')
    .map((n) => (n.props as { title: string | null }).title ?? '');
}

describe('bad input through ingest', () => {
  let database: Database;
  let repository: GraphRepository;
  let work: string;
  let seedsAlone: Snapshot;

  beforeAll(async () => {
    ({ database, repository } = await openTestGraph());
    await emptyGraph(repository);
    const seeds = await ingestPaths(repository, [SEEDS_DIR]);
    expect(seeds).toMatchObject({ loaded: 5, failed: 0 });
    seedsAlone = await graphSnapshot(repository);
    work = mkdtempSync(join(tmpdir(), 'bad-input-ingest-'));
  });
  afterAll(async () => {
    rmSync(work, { recursive: true, force: true });
    await database?.close();
  });

  describe('ingestPaths, one case at a time on the five seed pages', () => {
    it.each(FILE_CASES.filter((c) => !('loaded' in c.ingest)).map((c) => [c.name, c] as const))(
      '%s: refused with its reason, or recognised as the seed, and the graph is unchanged',
      async (_, c) => {
        const path = join(work, `${c.name}.txt`);
        writeFileSync(path, c.bytes!());
        const summary = await ingestPaths(repository, [path]);
        const reason = refused(c);
        if (reason !== null) {
          expect(summary.errors).toEqual([{ path, error: reason }]);
          expect(summary).toMatchObject({ files: 1, failed: 1, loaded: 0 });
        } else {
          expect(summary.errors).toEqual([]);
          expect(summary.outcomes[0]).toMatchObject({ status: 'unchanged', sameAs: BASE_SEED, articles: 8 });
        }
        expect(await graphSnapshot(repository)).toEqual(seedsAlone);
      },
    );

    it.each(PATH_CASES.map((c) => [c.name, c] as const))('%s: refused with its reason', async (_, c) => {
      const arg = c.place!(mkdtempSync(join(work, 'path-')));
      const summary = await ingestPaths(repository, [arg]);
      expect(summary.errors).toEqual([{ path: arg, error: refused(c)!.replace('{path}', arg) }]);
      expect(summary).toMatchObject({ files: 0, failed: 1 });
      expect(await graphSnapshot(repository)).toEqual(seedsAlone);
    });

    // Pages that load stay loaded (removing one does not give back what it added to shared
    // entities, see below), so these run after the cases compared with the seeds alone.
    it.each(FILE_CASES.filter((c) => 'loaded' in c.ingest).map((c) => [c.name, c] as const))(
      '%s: loaded whole, with its warnings',
      async (_, c) => {
        const { articles, warnings } = (c.ingest as { loaded: { articles: number; warnings: string[] } }).loaded;
        const path = join(work, `${c.name}.txt`);
        writeFileSync(path, c.bytes!());
        const before = await countsOf(repository);
        const summary = await ingestPaths(repository, [path]);
        expect(summary.errors).toEqual([]);
        expect(summary.outcomes[0]).toMatchObject({ status: 'loaded', articles, warnings });
        // The whole page: every article it found is in the graph, on its page.
        const after = await countsOf(repository);
        expect([after.Page! - before.Page!, after.Article! - before.Article!]).toEqual([1, articles]);
        expect(after[':ON_PAGE']! - before[':ON_PAGE']!).toBe(articles);
      },
    );

    it('keeps quotes, backslashes, backticks, braces and Cypher in a title as text', async () => {
      const titles = await titlesOf(repository);
      expect(titles).toContain(`同台'竞"技\\强\`素}质以赛促学提能力`);
      expect(titles).toContain(`MERGE局同台竞技'})强素质以赛促学提能力`);
    });

    // KNOWN BUG (src/graph, ingest/entities.cypher + removePage): a page gives shared
    // entities aliases (双辽 for 双辽市) and may rename them, and removing the page (or
    // replacing a changed file) keeps both. Remove `.fails` when removal gives them back.
    it.fails('removing a loaded page gives the graph back as it was', async () => {
      await emptyGraph(repository);
      await ingestPaths(repository, [SEEDS_DIR]);
      const path = join(work, 'removed.txt');
      writeFileSync(path, FILE_CASES.find((c) => c.name === 'unbalanced-brackets')!.bytes!());
      expect(await ingestPaths(repository, [path])).toMatchObject({ loaded: 1 });
      await removePage(repository, path);
      expect(await graphSnapshot(repository)).toEqual(seedsAlone);
    });

    // A link whose target is gone is reported on its own; it used to make the whole directory one error.
    it('loads the good pages of a directory that also holds a dangling link', async () => {
      const dir = mkdtempSync(join(work, 'dangling-'));
      copyFileSync(join(SEEDS_DIR, BASE_SEED), join(dir, 'copy-of-seed.txt'));
      symlinkSync(join(dir, 'gone.txt'), join(dir, 'link.txt'));
      const summary = await ingestPaths(repository, [dir]);
      expect(summary.outcomes.map((o) => o.status)).toEqual(['unchanged']);
      expect(summary.errors).toEqual([
        { path: join(dir, 'link.txt'), error: expect.stringMatching(/^a link to a file that is not there \(ENOENT/) },
      ]);
    });
  });

  describe('npm run ingest on a directory of every refused file and the five seeds', () => {
    let run: ReturnType<typeof spawnSync>;
    let mix: string;
    const pathArgs: string[] = [];
    const expectedErrors: string[] = [];

    beforeAll(async () => {
      mix = join(work, 'mix');
      mkdirSync(mix);
      for (const f of readdirSync(SEEDS_DIR)) copyFileSync(join(SEEDS_DIR, f), join(mix, f));
      for (const c of FILE_CASES) {
        const reason = refused(c);
        // Refused files sort before the seeds (so the seeds come after failures); the
        // seed's other encodings after them (so the seed itself is what gets loaded).
        if (reason !== null) {
          const path = join(mix, `00-${c.name}.txt`);
          writeFileSync(path, c.bytes!());
          expectedErrors.push(`  ${path}: ${reason}`);
        } else if (isSameAsSeed(c)) writeFileSync(join(mix, `${c.name}.txt`), c.bytes!());
      }
      for (const c of PATH_CASES) {
        const arg = c.place!(mkdtempSync(join(work, 'cli-path-')));
        pathArgs.push(arg);
        expectedErrors.push(`  ${arg}: ${refused(c)!.replace('{path}', arg)}`);
      }
      await emptyGraph(repository);
      run = spawnSync(process.execPath, ['dist/src/cli/ingest.js', mix, ...pathArgs], {
        encoding: 'utf8',
        timeout: 120_000,
        env: { ...process.env, NEO4J_URI: inject('neo4jUri'), LOG_LEVEL: 'warn' },
      });
    }, 150_000);

    it('exits with 1, names every refused file and path with its reason, and prints no stack trace', () => {
      expect(run.error).toBeUndefined();
      expect(run.status).toBe(1);
      const stderr = String(run.stderr);
      expect(stderr).not.toMatch(/^\s+at /m);
      const failedList = stderr
        .split(/^\d+ files failed:\n/m)[1]!
        .split('\n')
        .filter(Boolean);
      expect([...failedList].sort()).toEqual([...expectedErrors].sort());
      const unchanged = FILE_CASES.filter(isSameAsSeed).length;
      expect(stderr).toContain(
        `${5 + unchanged + expectedErrors.length - pathArgs.length} page files (5 loaded, ${unchanged} unchanged, ${expectedErrors.length} failed)`,
      );
    });

    it('loads all five seeds, and the graph is exactly the seeds alone', async () => {
      expect(await totals(repository)).toEqual({ nodes: SEED_NODES, relationships: SEED_RELATIONSHIPS });
      expect(await graphSnapshot(repository)).toEqual(seedsAlone);
    });

    it('exits with 0 when no file failed', () => {
      const again = spawnSync(process.execPath, ['dist/src/cli/ingest.js', join(SEEDS_DIR, BASE_SEED)], {
        encoding: 'utf8',
        timeout: 60_000,
        env: { ...process.env, NEO4J_URI: inject('neo4jUri'), LOG_LEVEL: 'warn' },
      });
      expect(again.status).toBe(0);
      expect(again.stderr).toContain('1 page file (1 unchanged), 8 articles, 13 events');
    });
  });
});
