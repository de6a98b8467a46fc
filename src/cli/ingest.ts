/**
 * npm run ingest -- <file|dir|glob>… [--dry-run] [--force] [--batch <pages>]
 *
 * Loads newspaper pages into the graph, many pages per write transaction (`--batch`,
 * default DEFAULT_BATCH_PAGES; a batch that fails is retried page by page, unless the
 * database is unreachable: then it stops and says what is and is not loaded). On a terminal a
 * progress bar shows pages done, articles/s and the time left; otherwise one plain line
 * per page. At the end: a summary (pages, articles, nodes and relationships created and
 * deleted, time) and the list of files that failed. Exit code 1 if any file failed —
 * every good file is still loaded. `--dry-run` extracts without writing (no database
 * needed); `--force` rewrites pages whose content is already loaded.
 */
import 'reflect-metadata';
import { readArguments } from './arguments.js';
import { ConfigError, loadConfig } from '../config/config.js';
import { openDatabase, type Database } from '../db/database.js';
import { createRepository } from '../app.js';
import {
  DEFAULT_BATCH_PAGES,
  ingestPaths,
  isFileError,
  summaryLine,
  type IngestProgress,
  type IngestSummary,
} from '../graph/ingest-pages.js';

const USAGE = 'usage: npm run ingest -- <file|dir|glob>… [--dry-run] [--force] [--batch <pages>]\n';

function seconds(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  return s >= 60 ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s` : `${s}s`;
}

/** A one-line bar redrawn in place: `[#######.....] 3/5 pages · 10.2 articles/s · ETA 2s`. */
function barLine(p: IngestProgress, width = 28): string {
  const filled = p.total === 0 ? width : Math.round((p.done / p.total) * width);
  const rate = p.elapsedMs > 0 ? (p.articles * 1000) / p.elapsedMs : 0;
  const eta = p.done > 0 ? (p.elapsedMs / p.done) * (p.total - p.done) : 0;
  return (
    `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${p.done}/${p.total} pages · ` +
    `${rate.toFixed(1)} articles/s · ETA ${seconds(eta)}`
  );
}

function plainLine(p: IngestProgress): string {
  const last = p.last;
  const where = `[${p.done}/${p.total}] ${last.path}`;
  if (isFileError(last)) return `${where}: FAILED ${last.error}`;
  const same = last.sameAs ? ` (same content as ${last.sameAs})` : '';
  const notes = last.warnings.length > 0 ? `; warnings: ${last.warnings.join('; ')}` : '';
  return `${where}: ${last.status}${same}, ${last.articles} articles, ${last.events} events${notes}`;
}

/** How many not-loaded files the report names; the count says how many more there are. */
const NOT_LOADED_SHOWN = 10;

/** What to tell the user when the database went away: plainly, what is and is not in it, and what to do. */
function unreachableReport(summary: IngestSummary, where: string, retrySeconds: number): string {
  const { notLoaded } = summary.unreachable!;
  const written = summary.loaded + summary.replaced + summary.unchanged;
  const shown = notLoaded.slice(0, NOT_LOADED_SHOWN).map((path) => `  ${path}`);
  const more = notLoaded.length - shown.length;
  return [
    `The database at ${where} is unreachable (waited ${retrySeconds} s, NEO4J_RETRY_SECONDS); ingest stopped.`,
    `In the graph: the ${written} page file${written === 1 ? '' : 's'} counted above as loaded, replaced or unchanged. Not loaded: ${notLoaded.length} page file${notLoaded.length === 1 ? '' : 's'}:`,
    ...shown,
    ...(more > 0 ? [`  … and ${more} more`] : []),
    'Start the database and run the same command again: pages already loaded are skipped.',
  ].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const parsed = readArguments(
    argv,
    { 'dry-run': { type: 'boolean' }, force: { type: 'boolean' }, batch: { type: 'string' } },
    USAGE,
  );
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  const batchPages = values.batch === undefined ? DEFAULT_BATCH_PAGES : Number(values.batch);
  if (positionals.length === 0 || !Number.isInteger(batchPages) || batchPages < 1) {
    process.stderr.write(USAGE);
    return 2;
  }
  const dryRun = values['dry-run'] ?? false;
  const tty = process.stderr.isTTY === true;
  const out = (line: string) => process.stderr.write(`${line}\n`);

  let database: Database | undefined;
  let retrySeconds = 0;
  try {
    let repository = null;
    if (!dryRun) {
      const config = loadConfig();
      retrySeconds = config.neo4jRetrySeconds;
      database = await openDatabase(config, { log: out });
      repository = createRepository(database, config);
      await repository.applyStatements('schema');
    }
    const summary = await ingestPaths(repository, positionals, {
      dryRun,
      force: values.force ?? false,
      batchPages,
      onProgress: (p) => {
        if (tty) {
          if (isFileError(p.last)) process.stderr.write(`\r\x1b[K${p.last.path}: FAILED ${p.last.error}\n`);
          process.stderr.write(`\r\x1b[K${barLine(p)}${p.done === p.total ? '\n' : ''}`);
        } else out(plainLine(p));
      },
    });
    if (tty && summary.unreachable) process.stderr.write('\n');
    out(`${dryRun ? 'Dry run (nothing written): ' : ''}${summaryLine(summary)}`);
    if (summary.errors.length > 0) {
      out(`${summary.errors.length} file${summary.errors.length === 1 ? '' : 's'} failed:`);
      for (const e of summary.errors) out(`  ${e.path}: ${e.error}`);
    }
    if (summary.unreachable) {
      out(unreachableReport(summary, database?.uri ?? 'the configured database', retrySeconds));
      return 1;
    }
    return summary.errors.length > 0 ? 1 : 0;
  } finally {
    await database?.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof ConfigError) process.stderr.write(`${error.message}\n`);
    else process.stderr.write(`ingest failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = error instanceof ConfigError ? 2 : 1;
  },
);
