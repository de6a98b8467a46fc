/**
 * Many pages into the graph: files, directories and globs, one error per bad file — a bad
 * file never stops the good ones. The CLI (`npm run ingest`) and `npm start` (seeds) both
 * come through here.
 *
 * Pages are written in batches (one transaction per batch, see write-pages.ts), and the
 * next batch is extracted while the previous one is being written, so the CPU work of
 * extraction overlaps the database's. When a batch fails to write, its pages are written
 * again one by one, so only the page at fault is lost — unless the database itself is
 * unreachable: then ingest stops at once (`unreachable` in the summary) and a re-run of the
 * same command loads what is left, as pages already loaded are skipped.
 */
import { readFileSync } from 'node:fs';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { GraphRepository } from '../db/graph-repository.js';
import { isUnreachable } from '../db/unavailable.js';
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
  /**
   * Set when the database became unreachable: ingest stopped there (after the driver's
   * own retries), and `notLoaded` lists every page file it did not write — the batch in
   * flight and the files not read yet. Running the same command again loads them.
   */
  unreachable?: { error: string; notLoaded: string[] };
}

/** The database cannot be reached: no page of the batch was written, and none will be. */
export class DatabaseUnreachable extends Error {
  constructor(override readonly cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause));
    this.name = 'DatabaseUnreachable';
  }
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
  const notLoaded: string[] = [];
  const write = async (batch: PreparedPage[]) => {
    if (summary.unreachable) {
      notLoaded.push(...batch.map((p) => p.path));
      return;
    }
    let outcomes: (Written | FileError)[];
    try {
      outcomes = await writeBatch(repository!, batch, options.force ?? false);
    } catch (err) {
      if (!(err instanceof DatabaseUnreachable)) throw err;
      summary.unreachable = { error: err.message, notLoaded };
      notLoaded.push(...batch.map((p) => p.path));
      return;
    }
    for (const outcome of outcomes) {
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
  for (const [i, path] of files.entries()) {
    if (summary.unreachable) {
      // No page after this one can be written either: stop reading them.
      notLoaded.push(...batch.map((p) => p.path), ...files.slice(i));
      batch = [];
      break;
    }
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
 * comes back as an error. An unreachable database throws DatabaseUnreachable instead:
 * pages written before it went are committed, the others are not.
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
    // Page by page would wait the driver's retry time once per page, for nothing.
    if (isUnreachable(batchError)) throw new DatabaseUnreachable(batchError);
    if (batch.length === 1) return [{ path: batch[0]!.path, error: message(batchError) }];
    const results: (Written | FileError)[] = [];
    for (const page of batch) {
      try {
        results.push(...spread(await writePages(repository, [page], { force })));
      } catch (err) {
        if (isUnreachable(err)) throw new DatabaseUnreachable(err);
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
