/**
 * The corpus a bench runs on: synthetic pages (src/corpus) until they hold at least the
 * requested number of articles. Written once under `.bench/` and reused by later runs with
 * the same size and seed (the generator is deterministic, so a reused corpus is the same).
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { generateCorpus } from '../src/corpus/index.js';

export interface CorpusSet {
  /** The page files (`*.txt`) — what ingest reads. */
  pagesDir: string;
  /** Expected answers of the first `sampled` pages, for scoring extraction at scale. */
  sampleGoldDir: string;
  sampleFiles: string[];
  pages: number;
  articles: number;
  bytes: number;
  seed: number;
}

/** Pages scored against their expected answers (the whole corpus would take minutes to score). */
const SAMPLE_PAGES = 1000;
/** More pages than any bench asks for; the loop stops at the article count. */
const MAX_PAGES = 99_999;

export function ensureCorpus(articles: number, seed: number, root = '.bench'): CorpusSet {
  const dir = join(root, `corpus-a${articles}-s${seed}`);
  const manifest = join(dir, 'corpus.json');
  if (existsSync(manifest)) return JSON.parse(readFileSync(manifest, 'utf8')) as CorpusSet;
  rmSync(dir, { recursive: true, force: true });
  const pagesDir = join(dir, 'pages');
  const sampleGoldDir = join(dir, 'expected-sample');
  mkdirSync(pagesDir, { recursive: true });
  mkdirSync(sampleGoldDir, { recursive: true });
  const set: CorpusSet = { pagesDir, sampleGoldDir, sampleFiles: [], pages: 0, articles: 0, bytes: 0, seed };
  for (const page of generateCorpus(MAX_PAGES, seed)) {
    const file = join(pagesDir, page.file);
    writeFileSync(file, page.text);
    if (set.pages < SAMPLE_PAGES) {
      set.sampleFiles.push(file);
      writeFileSync(
        join(sampleGoldDir, `${basename(page.file, extname(page.file))}.json`),
        JSON.stringify(page.expected),
      );
    }
    set.pages++;
    set.articles += page.expected.articles.length;
    set.bytes += Buffer.byteLength(page.text);
    if (set.articles >= articles) break;
  }
  if (readdirSync(pagesDir).length !== set.pages) throw new Error(`corpus in ${pagesDir} is incomplete`);
  // Written last: a corpus without its manifest is regenerated.
  writeFileSync(manifest, JSON.stringify(set, null, 2));
  return set;
}
