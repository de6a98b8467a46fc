/**
 * npm run bench -- [--articles 10000,100000] [--seed 1] [--batch 50] [--duration 5]
 *                  [--connections 1,16,64] [--extract-seconds 10] [--no-queries] [--no-record]
 *
 * The whole system at scale, for each corpus size in turn:
 *   corpus      synthetic pages until the article count is reached (.bench/, reused)
 *   extraction  MB/s on one core, peak RSS, and recall against what the generator wrote
 *   ingest      the corpus into a fresh embedded Neo4j by `npm run ingest`: time, articles/s,
 *               the graph's counts and its size on disk
 *   queries     the API started as `npm start` would (on that graph), load-tested with
 *               autocannon against the bare driver and @neo4j/graphql (bench/queries.ts)
 * Results are prepended to bench/RESULTS.md (newest first) and kept whole as JSON in
 * bench/results/. Exits non-zero when an answer was wrong, a request failed, or a page
 * failed to load; a missed speed target is reported, not fatal.
 */
import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import neo4j from 'neo4j-driver';
import { GraphRepository } from '../src/db/graph-repository.js';
import { stopPid } from '../src/db/embedded-neo4j.js';
import { DEFAULT_BATCH_PAGES } from '../src/graph/ingest-pages.js';
import { ensureCorpus, type CorpusSet } from './corpus-set.js';
import { runExtractBench } from './extract-bench.js';
import { diskUsage, runIngestBench, startBenchDatabase, type IngestBench } from './ingest-bench.js';
import { describeMachine } from './machine.js';
import { runQueryBench, QueryBenchFailure, type QueryBenchResult } from './queries.js';
import { renderBenchRun, targetsOf, type BenchRun, type GraphCounts } from './report.js';

const BENCH_DIR = '.bench';
const BOLT_PORT = 7790;
const API_PORT = 4790;

const log = (line: string) => process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}\n`);

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      articles: { type: 'string', default: '10000' },
      seed: { type: 'string', default: '1' },
      batch: { type: 'string', default: String(DEFAULT_BATCH_PAGES) },
      duration: { type: 'string', default: '5' },
      connections: { type: 'string', default: '1,16,64' },
      'extract-seconds': { type: 'string', default: '10' },
      'no-queries': { type: 'boolean', default: false },
      'no-record': { type: 'boolean', default: false },
    },
  });
  const sizes = values.articles.split(',').map(Number);
  const seed = Number(values.seed);
  const batch = Number(values.batch);
  if (sizes.some((n) => !Number.isInteger(n) || n < 1) || !Number.isInteger(seed) || !(batch >= 1)) {
    process.stderr.write('usage: npm run bench -- [--articles 10000,100000] [--seed 1] [--batch 50] …\n');
    return 2;
  }
  const command = `npm run bench -- ${argv.join(' ')}`.trim();
  let failed = false;
  for (const articles of sizes) {
    const run = await benchOneSize(articles, seed, batch, values);
    run.command = command;
    failed ||= run.problems.length > 0;
    const markdown = renderBenchRun(run);
    process.stdout.write(`${markdown}\n`);
    if (!values['no-record']) record(run, markdown);
  }
  return failed ? 1 : 0;
}

async function benchOneSize(
  articles: number,
  seed: number,
  batch: number,
  values: { duration: string; connections: string; 'extract-seconds': string; 'no-queries': boolean },
): Promise<BenchRun> {
  const startedAt = new Date();
  log(`corpus of ${articles} articles (seed ${seed})…`);
  const corpus = ensureCorpus(articles, seed, BENCH_DIR);
  log(`corpus: ${corpus.pages} pages, ${corpus.articles} articles, ${(corpus.bytes / 1e6).toFixed(1)} MB`);

  log('extraction…');
  const extraction = runExtractBench(corpus, Number(values['extract-seconds']));
  log(`extraction: ${extraction.mbPerSecond} MB/s, recall ${extraction.entities.recall.toFixed(3)}`);

  const database = await startBenchDatabase(join(BENCH_DIR, `neo4j-a${articles}`), BOLT_PORT, log);
  const problems: string[] = [];
  let ingest: IngestBench | undefined;
  let graph: GraphCounts | undefined;
  let queries: QueryBenchResult | undefined;
  try {
    log(`ingest of ${corpus.pages} pages, ${batch} per transaction…`);
    ingest = await runIngestBench(corpus, database, batch, log);
    log(`ingest: ${ingest.seconds.toFixed(1)} s, ${ingest.articlesPerSecond.toFixed(0)} articles/s`);
    if (ingest.failed > 0) problems.push(`${ingest.failed} pages failed to load`);
    graph = await graphCounts(database.uri);
    if (!values['no-queries']) {
      queries = await benchQueries(database.uri, values, problems);
    }
  } finally {
    await stopPid(database.neo4j.pid);
  }
  if (ingest) Object.assign(ingest, diskUsage(database));
  return {
    startedAt: startedAt.toISOString(),
    command: '',
    machine: describeMachine(),
    corpus: summariseCorpus(corpus),
    extraction,
    ingest,
    graph,
    queries,
    problems,
    targets: targetsOf({ extraction, ingest, queries }),
  };
}

async function benchQueries(
  boltUri: string,
  values: { duration: string; connections: string },
  problems: string[],
): Promise<QueryBenchResult | undefined> {
  const api = await startApi(boltUri);
  try {
    log('queries…');
    return await runQueryBench({
      bolt: boltUri,
      api: `http://127.0.0.1:${API_PORT}/graphql`,
      apiPid: api.pid,
      duration: Number(values.duration),
      connections: values.connections.split(',').map(Number),
      log,
    });
  } catch (error) {
    if (!(error instanceof QueryBenchFailure)) throw error;
    problems.push(...error.result.problems);
    return error.result;
  } finally {
    api.kill('SIGTERM');
    await new Promise((resolve) => api.once('exit', resolve));
  }
}

/** The API as `npm start` runs it, on the bench's database, with no seeds to load. */
async function startApi(boltUri: string): Promise<ChildProcess> {
  const noSeeds = join(BENCH_DIR, 'no-seeds');
  mkdirSync(noSeeds, { recursive: true });
  const child = spawn(process.execPath, ['dist/src/cli/start.js'], {
    env: { ...process.env, NEO4J_URI: boltUri, PORT: String(API_PORT), SEEDS_DIR: noSeeds, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the API exited with code ${child.exitCode}`);
    try {
      if ((await fetch(`http://127.0.0.1:${API_PORT}/healthz`)).ok) return child;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill('SIGKILL');
  throw new Error('the API did not answer /healthz within 120 s');
}

async function graphCounts(uri: string): Promise<GraphCounts> {
  const driver = neo4j.driver(uri, undefined, { disableLosslessIntegers: true });
  try {
    const [row] = await new GraphRepository(driver).read<GraphCounts & Record<string, unknown>>('queries/graph-counts');
    if (!row) throw new Error('graph-counts returned nothing');
    return row;
  } finally {
    await driver.close();
  }
}

function summariseCorpus(corpus: CorpusSet) {
  return { pages: corpus.pages, articles: corpus.articles, mb: corpus.bytes / 1e6, seed: corpus.seed };
}

/** bench/results/<time>-a<articles>.json (everything) and the markdown on top of bench/RESULTS.md. */
function record(run: BenchRun, markdown: string): void {
  const resultsDir = join('bench', 'results');
  mkdirSync(resultsDir, { recursive: true });
  const stamp = run.startedAt.replace(/[:.]/g, '-');
  writeFileSync(join(resultsDir, `${stamp}-a${run.corpus.articles}.json`), `${JSON.stringify(run, null, 2)}\n`);
  const file = join('bench', 'RESULTS.md');
  const heading = '# Benchmark results (newest first)\n\n';
  const older = existsSync(file) ? readFileSync(file, 'utf8').replace(heading, '') : '';
  writeFileSync(file, `${heading}${markdown}\n\n${older}`.trimEnd() + '\n');
  log(`recorded in ${file}`);
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
