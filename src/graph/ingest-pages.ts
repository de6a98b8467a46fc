/**
 * Many pages into the graph: files, directories and globs, one write transaction per
 * page, one error per bad file — a bad file never stops the good ones. The CLI
 * (`npm run ingest`) and `npm start` (seeds) both come through here.
 */
import { readFileSync } from 'node:fs';
import type { GraphRepository } from '../db/graph-repository.js';
import { expandInputs } from './files.js';
import { addUpdates, preparePage, writePage, type PageOutcome, type Updates } from './ingest-page.js';

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

export function isFileError(x: PageOutcome | FileError): x is FileError {
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
  for (const path of files) {
    let last: PageOutcome | FileError;
    try {
      const prepared = preparePage(path, readFileSync(path));
      let outcome: PageOutcome;
      if (options.dryRun || !repository) {
        outcome = {
          path,
          file: prepared.rows.page.file,
          status: 'extracted',
          pageKey: prepared.rows.page.key,
          articles: prepared.rows.articles.length,
          events: prepared.rows.events.length,
          updates: {},
          warnings: prepared.rows.warnings,
        };
      } else {
        outcome = await writePage(repository, prepared, { force: options.force });
      }
      summary[outcome.status]++;
      summary.articles += outcome.articles;
      summary.events += outcome.events;
      addUpdates(summary.updates, outcome.updates);
      summary.outcomes.push(outcome);
      last = outcome;
    } catch (err) {
      last = { path, error: err instanceof Error ? err.message : String(err) };
      summary.errors.push(last);
      summary.failed++;
    }
    done++;
    options.onProgress?.({
      done,
      total: files.length,
      articles: summary.articles,
      elapsedMs: Date.now() - startedAt,
      last,
    });
  }
  summary.elapsedMs = Date.now() - startedAt;
  return summary;
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
