/**
 * Many pages into the graph: files, directories and globs, one error per bad file — a bad
 * file never stops the good ones. The CLI (`npm run ingest`) and `npm start` (seeds) both
 * come through here.
 *
 * Pages are written in batches (one transaction per batch, see write-pages.ts), and the
 * next batch is extracted while the previous one is being written, so the CPU work of
 * extraction overlaps the database's. When a batch fails to write, its pages are written
 * again one by one, so only the page at fault is lost.
 */
import { readFileSync } from 'node:fs';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { GraphRepository } from '../db/graph-repository.js';
import { expandInputs } from './files.js';
import { preparePage, type PreparedPage } from './ingest-page.js';
import { addUpdates, writePages, type BatchOutcome, type PageOutcome, type Updates } from './write-pages.js';

/**
 * Pages per write transaction. Measured on the synthetic corpus (about five articles a
 * page; bench/RESULTS.md): the gain flattens out past a few dozen pages, while a bigger
 * transaction holds more memory in Neo4j and loses more work to a retry.
 */
export const DEFAULT_BATCH_PAGES = 50;

export interface FileError {
  path: string;
  error: string;
}

export interface IngestProgress {
  done: number;
  total: number;
  articles: number;
  elapsedMs: number;
  /** The page just finished, or the error it ended with. */
  last: PageOutcome | FileError;
}

export interface IngestOptions {
  /** Extract and build rows, write nothing (no repository needed). */
  dryRun?: boolean;
  /** Rewrite pages whose content is already loaded. */
  force?: boolean;
  onProgress?: (progress: IngestProgress) => void;
  /** Pages per write transaction (default DEFAULT_BATCH_PAGES). */
  batchPages?: number;
}

export interface IngestSummary {
  files: number;
  loaded: number;
  replaced: number;
  unchanged: number;
  /** Dry run: pages extracted, nothing written. */
  extracted: number;
  failed: number;
  articles: number;
  events: number;
  updates: Updates;
  errors: FileError[];
  outcomes: PageOutcome[];
  elapsedMs: number;
}

export function isFileError<T extends object>(x: T | FileError): x is FileError {
  return 'error' in x;
}

export async function ingestPaths(
  repository: GraphRepository | null,
  args: readonly string[],
  options: IngestOptions = {},
): Promise<IngestSummary> {
  const startedAt = Date.now();
  const { files, errors: inputErrors } = expandInputs(args);
  const summary: IngestSummary = {
    files: files.length,
    loaded: 0,
    replaced: 0,
    unchanged: 0,
    extracted: 0,
    failed: 0,
    articles: 0,
    events: 0,
    updates: {},
    errors: [...inputErrors],
    outcomes: [],
    elapsedMs: 0,
  };
  summary.failed = inputErrors.length;
  if (!options.dryRun && !repository) throw new Error('ingestPaths: a repository is needed unless dryRun');
  let done = 0;
  const report = (last: PageOutcome | FileError) => {
    if (isFileError(last)) {
      summary.errors.push(last);
      summary.failed++;
    } else {
      summary[last.status]++;
      summary.articles += last.articles;
      summary.events += last.events;
      summary.outcomes.push(last);
    }
    done++;
    options.onProgress?.({
      done,
      total: files.length,
      articles: summary.articles,
      elapsedMs: Date.now() - startedAt,
      last,
    });
  };
  const write = async (batch: PreparedPage[]) => {
    for (const outcome of await writeBatch(repository!, batch, options.force ?? false)) {
      if (!isFileError(outcome)) addUpdates(summary.updates, outcome.updates);
      report(isFileError(outcome) ? outcome : outcome.page);
    }
  };

  const batchPages = Math.max(1, options.batchPages ?? DEFAULT_BATCH_PAGES);
  let batch: PreparedPage[] = [];
  let writing: Promise<void> = Promise.resolve();
  const flush = async () => {
    await writing;
    const full = batch;
    batch = [];
    writing = write(full);
  };
  for (const path of files) {
    let prepared: PreparedPage;
    try {
      prepared = preparePage(path, readFileSync(path));
    } catch (err) {
      report({ path, error: err instanceof Error ? err.message : String(err) });
      continue;
    } finally {
      // Lets the driver send and receive while the next pages are extracted.
      await yieldToEventLoop();
    }
    if (options.dryRun || !repository) {
      report(extractedOutcome(prepared));
      continue;
    }
    // Two texts of one file, or one text twice, go in separate transactions, so the second sees the first.
    if (batch.some((p) => sameKeyOrFile(p, prepared))) await flush();
    batch.push(prepared);
    if (batch.length >= batchPages) await flush();
  }
  if (batch.length > 0) await flush();
  await writing;
  summary.elapsedMs = Date.now() - startedAt;
  return summary;
}

export type Written = { page: PageOutcome; updates: Updates };

/**
 * One transaction for the batch; if it fails, one per page, so that only the page at fault
 * (or every page, when the database is gone) comes back as an error.
 */
export async function writeBatch(
  repository: GraphRepository,
  batch: PreparedPage[],
  force: boolean,
): Promise<(Written | FileError)[]> {
  const spread = ({ pages, updates }: BatchOutcome): Written[] =>
    pages.map((page, i) => ({ page, updates: i === 0 ? updates : {} }));
  try {
    return spread(await writePages(repository, batch, { force }));
  } catch (batchError) {
    if (batch.length === 1) return [{ path: batch[0]!.path, error: message(batchError) }];
    const results: (Written | FileError)[] = [];
    for (const page of batch) {
      try {
        results.push(...spread(await writePages(repository, [page], { force })));
      } catch (err) {
        results.push({ path: page.path, error: message(err) });
      }
    }
    return results;
  }
}

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

function sameKeyOrFile(a: PreparedPage, b: PreparedPage): boolean {
  return a.rows.page.key === b.rows.page.key || a.rows.page.file === b.rows.page.file;
}

function extractedOutcome({ path, rows }: PreparedPage): PageOutcome {
  return {
    path,
    file: rows.page.file,
    status: 'extracted',
    pageKey: rows.page.key,
    articles: rows.articles.length,
    events: rows.events.length,
    warnings: rows.warnings,
  };
}

/** "5 page files (5 loaded), 36 articles, 36 events; nodes +327 -0, relationships +677 -0, properties set 5791; 1.6 s" */
export function summaryLine(s: IngestSummary): string {
  const parts = (
    [
      ['loaded', s.loaded],
      ['replaced', s.replaced],
      ['unchanged', s.unchanged],
      ['extracted', s.extracted],
      ['failed', s.failed],
    ] as const
  )
    .filter(([, n]) => n > 0)
    .map(([what, n]) => `${n} ${what}`);
  const u = s.updates;
  const graph =
    `nodes +${u.nodesCreated ?? 0} -${u.nodesDeleted ?? 0}, ` +
    `relationships +${u.relationshipsCreated ?? 0} -${u.relationshipsDeleted ?? 0}, ` +
    `properties set ${u.propertiesSet ?? 0}`;
  const wrote = s.loaded + s.replaced + s.unchanged > 0 || s.extracted === 0;
  return (
    `${s.files} page file${s.files === 1 ? '' : 's'} (${parts.join(', ') || 'none'}), ` +
    `${s.articles} articles, ${s.events} events; ${wrote ? `${graph}; ` : ''}${(s.elapsedMs / 1000).toFixed(1)} s`
  );
}

/**
 * `npm start`: loads the seed pages through the same path as `npm run ingest`; pages
 * already loaded are recognised by their hash and skipped. Never fails the start-up:
 * a bad seed file is logged and the API still comes up.
 */
export async function loadSeeds(
  repository: GraphRepository,
  seedsDir: string,
  log: { info(message: string): void; warn(message: string): void },
): Promise<IngestSummary> {
  const summary = await ingestPaths(repository, [seedsDir]);
  log.info(`Seeds from ${seedsDir}: ${summaryLine(summary)}`);
  for (const e of summary.errors) log.warn(`Seed not loaded: ${e.path}: ${e.error}`);
  return summary;
}
