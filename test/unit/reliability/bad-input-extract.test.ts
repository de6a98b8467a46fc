/**
 * The bad-input catalogue through extraction: `extractPage` in-process and the
 * `npm run extract` CLI (run from dist/, as `npm test` builds it first). Extraction never
 * throws and never hangs; the CLI refuses exactly the files `npm run ingest` refuses,
 * with the same reason, prints each page's warnings, and never a stack trace.
 * No database: this file belongs to the unit project.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageJson } from '../../../src/cli/pageJson.js';
import { extractPage } from '../../../src/extract/page.js';
import { ENTITY_TYPES } from '../../../src/extract/types.js';
import {
  BASE_SEED,
  FILE_CASES,
  PATH_CASES,
  SEEDS_DIR,
  type BadInputCase,
  type ExtractExpectation,
} from '../../reliability/bad-input-cases.js';

interface PageDocument {
  page: unknown;
  articles: { title: string; subtitle: string; kind: string; reporters: unknown }[];
  entities: Record<string, { name: string }[]>;
  relations: { type: string; from: string; to: string; role?: string }[];
  events: unknown[];
  warnings: string[];
}

/** What a page says, without offsets (a CR LF page has other offsets for the same facts). */
function facts(doc: PageDocument) {
  return {
    page: doc.page,
    articles: doc.articles.map((a) => [a.title, a.subtitle, a.kind, a.reporters]),
    entities: Object.fromEntries(ENTITY_TYPES.map((t) => [t, doc.entities[t]!.map((e) => e.name).sort()])),
    relations: doc.relations.map((r) => `${r.type} ${r.from} → ${r.to} ${r.role ?? ''}`).sort(),
    events: doc.events.length,
  };
}

let seedFactsOnce: ReturnType<typeof facts> | undefined;
/** The base seed's facts; the first call also loads the dictionaries and gazetteer (seconds on a cold start). */
const seedFacts = () =>
  (seedFactsOnce ??= facts(
    pageJson(extractPage(readFileSync(join(SEEDS_DIR, BASE_SEED)), { file: BASE_SEED })) as PageDocument,
  ));

const refusedByIngest = (c: BadInputCase): string | null => ('refused' in c.ingest ? c.ingest.refused : null);
const sameAsSeed = (c: BadInputCase): boolean => 'sameAsSeed' in c.ingest;

/** Only the 1 MB line is extracted at length (a quarter of a megabyte a second); the rest take milliseconds. */
const BOUND_MS: Record<string, number> = { 'one-line-1mb': 30_000, 'huge-20mb': 3_000 };
const DEFAULT_BOUND_MS = 5_000;

describe('bad input through extractPage', () => {
  // Loading happens once per process; the time bounds are for the page alone.
  beforeAll(() => void seedFacts(), 60_000);

  it.each(FILE_CASES.map((c) => [c.name, c] as const))(
    '%s: gives its articles and warnings, in bounded time, never an exception',
    (_, c) => {
      const bytes = c.bytes!();
      const started = performance.now();
      const x = extractPage(bytes, { file: `${c.name}.txt` });
      const elapsed = performance.now() - started;
      expect({ articles: x.articles.length, warnings: x.warnings }).toEqual(c.extract);
      expect(elapsed).toBeLessThan(BOUND_MS[c.name] ?? DEFAULT_BOUND_MS);
      if (sameAsSeed(c)) expect(facts(pageJson(x) as PageDocument)).toEqual(seedFacts());
    },
  );
});

describe('bad input through npm run extract', () => {
  let work: string;
  let pages: string;
  let out: string;
  let run: ReturnType<typeof spawnSync>;
  const pathArgs = new Map<string, string>();

  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'bad-input-extract-'));
    pages = join(work, 'pages');
    out = join(work, 'out');
    mkdirSync(pages);
    mkdirSync(join(work, 'paths'));
    for (const c of FILE_CASES) writeFileSync(join(pages, `${c.name}.txt`), c.bytes!());
    for (const c of PATH_CASES) pathArgs.set(c.name, c.place!(join(work, 'paths')));
    run = spawnSync(process.execPath, ['dist/src/cli/extract.js', '--out', out, pages, ...pathArgs.values()], {
      encoding: 'utf8',
      timeout: 120_000,
      maxBuffer: 64 * 1024 * 1024,
    });
  }, 150_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('exits with 0 when every file is a page', () => {
    const good = spawnSync(process.execPath, ['dist/src/cli/extract.js', join(SEEDS_DIR, BASE_SEED)], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect([good.status, good.stderr]).toEqual([0, '']);
    expect(facts(JSON.parse(good.stdout) as PageDocument)).toEqual(seedFacts());
  });

  it('finishes with exit code 1 (some files failed) and no stack trace', () => {
    expect(run.error).toBeUndefined();
    expect(run.signal).toBeNull();
    expect(run.status).toBe(1);
    expect(run.stderr).not.toMatch(/^\s+at /m);
  });

  it('names every refused file with the reason ingest gives, and every warning of the others, on stderr', () => {
    const expected: string[] = [];
    for (const c of FILE_CASES) {
      const file = join(pages, `${c.name}.txt`);
      const refused = refusedByIngest(c);
      if (refused !== null) expected.push(`error: ${file}: ${refused}`);
      else for (const w of (c.extract as ExtractExpectation).warnings) expected.push(`warning: ${file}: ${w}`);
    }
    for (const c of PATH_CASES) {
      const arg = pathArgs.get(c.name)!;
      expected.push(`error: ${arg}: ${refusedByIngest(c)!.replace('{path}', arg)}`);
    }
    const lines = String(run.stderr).split('\n').filter(Boolean);
    expect([...lines].sort()).toEqual([...expected].sort());
  });

  it.each(FILE_CASES.map((c) => [c.name, c] as const))(
    '%s: a JSON document with the articles and warnings extractPage gives, or none when refused',
    (_, c) => {
      const path = join(out, `${c.name}.json`);
      if (refusedByIngest(c) !== null) {
        expect(existsSync(path)).toBe(false);
        return;
      }
      const doc = JSON.parse(readFileSync(path, 'utf8')) as PageDocument;
      expect({ articles: doc.articles.length, warnings: doc.warnings }).toEqual(c.extract);
      if (sameAsSeed(c)) expect(facts(doc)).toEqual(seedFacts());
    },
  );
});
