/**
 * Ingest at scale: the corpus into a fresh embedded Neo4j through the ingest CLI, run as
 * its own process (so the time and peak RSS are the CLI's, as a user would see them).
 * Afterwards the graph's counts (from Neo4j's count store) and the size on disk.
 */
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig, type Config } from '../src/config/config.js';
import { startEmbedded, type StartedNeo4j } from '../src/db/embedded-neo4j.js';
import type { CorpusSet } from './corpus-set.js';

export interface IngestBench {
  batchPages: number;
  pages: number;
  articles: number;
  failed: number;
  seconds: number;
  articlesPerSecond: number;
  /** The ingest process's peak RSS. */
  peakRssMb: number;
  /** The CLI's summary line (pages, articles, nodes and relationships created). */
  summary: string;
  /** Size on disk of the store files and of the transaction logs, once Neo4j has stopped (see diskUsage). */
  storeMb?: number;
  txLogsMb?: number;
}

export interface BenchDatabase {
  config: Config;
  neo4j: StartedNeo4j;
  uri: string;
}

/** A new, empty embedded Neo4j for the bench (it stops when the bench process exits). */
export async function startBenchDatabase(
  dataDir: string,
  boltPort: number,
  log: (line: string) => void,
): Promise<BenchDatabase> {
  rmSync(dataDir, { recursive: true, force: true });
  const env: NodeJS.ProcessEnv = { ...process.env, NEO4J_BOLT_PORT: String(boltPort), NEO4J_DATA_DIR: dataDir };
  // The bench measures the embedded database it starts, whatever NEO4J_URI says.
  delete env.NEO4J_URI;
  const config = loadConfig(env);
  const neo4j = await startEmbedded(config, { log });
  return { config, neo4j, uri: neo4j.uri };
}

export async function runIngestBench(
  corpus: CorpusSet,
  database: BenchDatabase,
  batchPages: number,
  log: (line: string) => void,
): Promise<IngestBench> {
  const started = Date.now();
  const child = spawn(process.execPath, ['dist/src/cli/ingest.js', '--batch', String(batchPages), corpus.pagesDir], {
    env: { ...process.env, NEO4J_URI: database.uri, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let peakRssKb = 0;
  const sampler = setInterval(() => (peakRssKb = Math.max(peakRssKb, peakRssOf(child.pid))), 200);
  const lines: string[] = [];
  let done = 0;
  let partial = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => {
    const parts = (partial + chunk).split('\n');
    partial = parts.pop() ?? '';
    for (const line of parts) {
      if (/^\[\d+\/\d+\]/.test(line)) {
        if (++done % 1000 === 0)
          log(`ingest: ${done}/${corpus.pages} pages, ${((Date.now() - started) / 1000).toFixed(0)} s`);
        if (line.includes(': FAILED ')) lines.push(line);
      } else lines.push(line);
    }
  });
  const code = await new Promise<number>((resolve) => child.once('exit', (c) => resolve(c ?? -1)));
  clearInterval(sampler);
  const seconds = (Date.now() - started) / 1000;
  const summary = lines.find((l) => /page files? \(/.test(l)) ?? '';
  const failed = Number(/(\d+) failed/.exec(summary)?.[1] ?? 0);
  if (code !== 0 || !summary) throw new Error(`ingest exited with ${code}:\n${lines.slice(-20).join('\n')}`);
  const articles = Number(/, (\d+) articles/.exec(summary)?.[1] ?? NaN);
  return {
    batchPages,
    pages: corpus.pages,
    articles,
    failed,
    seconds,
    articlesPerSecond: articles / seconds,
    peakRssMb: peakRssKb / 1024,
    summary,
  };
}

/**
 * The store's and transaction logs' size on disk. Measured after Neo4j has stopped: while it
 * runs, written pages wait in the page cache until a checkpoint, and the files look small.
 */
export function diskUsage(database: BenchDatabase): { storeMb: number; txLogsMb: number } {
  const dataDir = join(database.config.neo4jDataDir, 'data');
  return {
    storeMb: sizeOf(join(dataDir, 'databases', 'neo4j')) / 2 ** 20,
    txLogsMb: sizeOf(join(dataDir, 'transactions', 'neo4j')) / 2 ** 20,
  };
}

/** VmHWM (peak resident set) of a running process in KB; 0 once it is gone. */
function peakRssOf(pid: number | undefined): number {
  try {
    return Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

function sizeOf(path: string): number {
  let total = 0;
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    const full = join(path, entry.name);
    total += entry.isDirectory() ? sizeOf(full) : statSync(full).size;
  }
  return total;
}
