import autocannon from 'autocannon';
import neo4j from 'neo4j-driver';
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { GraphRepository } from '../src/db/graph-repository.js';
import {
  chooseParameters,
  checkAnswer,
  OPERATIONS,
  protocolOf,
  TARGETS,
  type BenchParameters,
  type Operation,
  type OperationKind,
  type Target,
} from './operations.js';
import { fixed, latencyRatio, markdownTable, percentile, throughputRatio } from './lib/stats.js';

/**
 * The query bench (issue #7): every operation of bench/operations.ts against our GraphQL
 * API (started by the caller), the FLOOR (the same Cypher through neo4j-driver,
 * bench/floor/server.ts) and the PEER (@neo4j/graphql, bench/peer/server.ts), both started
 * here as child processes, under autocannon at each number of concurrent connections.
 * Every answer sampled is checked; any wrong answer or failed request fails the bench.
 *
 * CLI: node dist/bench/queries.js --bolt bolt://127.0.0.1:7687 --api http://127.0.0.1:4000/graphql
 *        [--duration 5] [--connections 1,16,64] [--json out.json] [--markdown out.md]
 *        [--api-pid <pid>] [--targets ours,floor,peer] [--operations town-campaigns,path]
 */

export interface QueryBenchOptions {
  /** Bolt URI of the database the API reads (the floor and the peer read it too). */
  bolt: string;
  /** Our GraphQL endpoint, e.g. http://127.0.0.1:4000/graphql. */
  api: string;
  /** Process id of the API, for its RSS (/proc/<pid>/status); without it, no API RSS. */
  apiPid?: number;
  username?: string;
  password?: string;
  /** Seconds of measurement per operation × target × connections (default 5). */
  duration?: number;
  /** Seconds of warm-up before each measurement (default 1). */
  warmup?: number;
  /** Concurrent clients (default 1, 16, 64). */
  connections?: number[];
  targets?: Target[];
  /** Names of operations to run (default all). */
  operations?: string[];
  /** Every n-th response body is checked (default 10; the first of each run always is). */
  checkEvery?: number;
  log?: (line: string) => void;
}

export interface RunStats {
  operation: string;
  kind: OperationKind;
  target: Target;
  connections: number;
  /** No answer came within the timed run, so these figures are of one request per client, waited for. */
  oncePerClient: boolean;
  requests: number;
  /** Requests per second over the measured period. */
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  /** Response bodies checked, and what was wrong with them (or with the requests: the bench fails). */
  checked: number;
  problems: string[];
  /** The floor or the peer too slow to measure here (reported; the bench does not fail on it). */
  gaps: string[];
  /** RSS (MB) of the target's process right after the run (null when its pid is unknown). */
  rssMb: number | null;
  /** Neo4j heap in use (MB) right after the run. */
  heapMb: number | null;
}

export interface Ratio {
  operation: string;
  /** Which of ours: as served (read cache on) or with every answer from Neo4j. */
  target: 'ours' | 'ours-uncached';
  connections: number;
  /** ours p50 ÷ floor p50 and floor req/s ÷ ours req/s (> 1 = ours slower). */
  floorByLatency: number;
  floorByThroughput: number;
  /** ours p50 ÷ peer p50 and peer req/s ÷ ours req/s (> 1 = ours slower). */
  peerByLatency: number;
  peerByThroughput: number;
}

export interface QueryBenchResult {
  parameters: BenchParameters;
  options: { duration: number; warmup: number; connections: number[]; targets: Target[] };
  runs: RunStats[];
  ratios: Ratio[];
  /** Highest RSS (MB) seen per target, and Neo4j heap in use (MB) at the end. */
  memory: { rssMb: Partial<Record<Target, number>>; heapMb: number | null };
  problems: string[];
  /** Runs of the floor or the peer too slow to measure (see RunStats.gaps). */
  gaps: string[];
  ok: boolean;
}

/** Thrown when an answer was wrong or a request failed; the results are attached. */
export class QueryBenchFailure extends Error {
  constructor(readonly result: QueryBenchResult) {
    super(`query bench failed: ${result.problems.slice(0, 5).join('; ')}${result.problems.length > 5 ? ' …' : ''}`);
  }
}

/** VmRSS of a process in MB, or null when it cannot be read. */
export function rssMb(pid: number | undefined): number | null {
  if (!pid) return null;
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}

interface Child {
  url: string;
  pid: number;
  process: ChildProcess;
}

/** Starts bench/<script> (compiled, next to this file) and waits for its "listening <url>" line. */
function startChild(script: string, options: QueryBenchOptions): Promise<Child> {
  const path = fileURLToPath(new URL(script, import.meta.url));
  const env = { ...process.env, NEO4J_USERNAME: options.username ?? '', NEO4J_PASSWORD: options.password ?? '' };
  const child = spawn(process.execPath, [path, '--bolt', options.bolt, '--port', '0'], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`${script} did not start in 60 s: ${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening (\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ url: match[1]!.replace(/\/$/, ''), pid: child.pid!, process: child });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${script} exited with ${code}: ${output}`));
    });
  });
}

async function stopChild(child: Child | undefined): Promise<void> {
  if (!child || child.process.exitCode !== null) return;
  const exited = new Promise((resolve) => child.process.once('exit', resolve));
  child.process.kill('SIGTERM');
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
  if (child.process.exitCode === null) child.process.kill('SIGKILL');
}

/** One autocannon run: latencies recorded per response (autocannon's summary has no p95), bodies sampled. */
async function load(
  url: string,
  headers: Record<string, string>,
  body: string,
  connections: number,
  /** Seconds of load, or `{ amount }`: that many requests in all, however long they take. */
  length: number | { amount: number },
  onBody?: (body: Buffer) => void,
  checkEvery = 10,
) {
  const latencies: number[] = [];
  let seen = 0;
  const instance = autocannon({
    url,
    method: 'POST',
    headers,
    body,
    connections,
    ...(typeof length === 'number' ? { duration: length } : { amount: length.amount }),
    timeout: 30,
    // A large body comes in several 'body' chunks; 'response' ends it.
    setupClient: onBody
      ? (client) => {
          let chunks: Buffer[] = [];
          client.on('body', (chunk) => chunks.push(chunk));
          client.on('response', () => {
            if (seen++ % checkEvery === 0) onBody(Buffer.concat(chunks));
            chunks = [];
          });
        }
      : undefined,
  });
  instance.on('response', (_client, _status, _bytes, ms) => latencies.push(ms));
  const result = await instance;
  latencies.sort((a, b) => a - b);
  return { result, latencies };
}

async function measure(
  operation: Operation,
  target: Target,
  baseUrl: string,
  parameters: BenchParameters,
  connections: number,
  options: Required<Pick<QueryBenchOptions, 'duration' | 'warmup' | 'checkEvery'>>,
  /** Resolves once the database runs no query (work abandoned by a timed run goes on without its client). */
  databaseIdle: () => Promise<void>,
): Promise<Omit<RunStats, 'rssMb' | 'heapMb'>> {
  const request = operation.request(protocolOf(target), parameters);
  const url = baseUrl + request.path;
  const body = JSON.stringify(request.body);
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (target === 'ours-uncached') headers['cache-control'] = 'no-cache';
  // One answer checked before any load: a wrong answer fails fast.
  const first = await fetch(url, { method: 'POST', headers, body });
  const problems = checkAnswer(operation, target, await first.json().catch(() => null), parameters);
  const gaps: string[] = [];
  if (!first.ok) problems.push(`${target}: HTTP ${first.status}`);
  let checked = 1;
  if (options.warmup > 0) await load(url, headers, body, connections, options.warmup);
  const onBody = (buffer: Buffer) => {
    checked++;
    let parsed: unknown;
    try {
      parsed = JSON.parse(buffer.toString('utf8'));
    } catch {
      problems.push(`${target}: a body that is not JSON`);
      return;
    }
    for (const problem of checkAnswer(operation, target, parsed, parameters)) {
      if (!problems.includes(problem)) problems.push(problem);
    }
  };
  let { result, latencies } = await load(url, headers, body, connections, options.duration, onBody, options.checkEvery);
  // When every answer takes longer than the run, the run has no figure at all: ask once per
  // client instead and wait for the answers (up to the 30 s request timeout), so the table
  // shows how slow it is rather than nothing.
  const oncePerClient = latencies.length === 0 && result.errors === 0;
  if (oncePerClient) {
    await databaseIdle();
    ({ result, latencies } = await load(url, headers, body, connections, { amount: connections }, onBody, 1));
  }
  // Slowness of the floor or the peer leaves a gap in the comparison; it is not our failure.
  const slowness = target === 'floor' || target === 'peer' ? gaps : problems;
  if (result.timeouts > 0) slowness.push(`${target}: ${result.timeouts} requests over the 30 s timeout`);
  if (result.errors > result.timeouts) problems.push(`${target}: ${result.errors - result.timeouts} request errors`);
  if (result.non2xx > 0) problems.push(`${target}: ${result.non2xx} non-2xx answers`);
  if (latencies.length === 0) slowness.push(`${target}: no answer, even to one request per client`);
  return {
    operation: operation.name,
    kind: operation.kind,
    target,
    connections,
    oncePerClient,
    requests: latencies.length,
    rps: latencies.length / (result.duration || options.duration),
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    mean: latencies.reduce((sum, ms) => sum + ms, 0) / Math.max(1, latencies.length),
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    checked,
    problems,
    gaps,
  };
}

export function ratiosOf(runs: RunStats[]): Ratio[] {
  const find = (operation: string, target: Target, connections: number) =>
    runs.find((r) => r.operation === operation && r.target === target && r.connections === connections);
  const ratios: Ratio[] = [];
  for (const ours of runs.filter((r) => r.target === 'ours' || r.target === 'ours-uncached')) {
    const floor = find(ours.operation, 'floor', ours.connections);
    const peer = find(ours.operation, 'peer', ours.connections);
    ratios.push({
      operation: ours.operation,
      target: ours.target as Ratio['target'],
      connections: ours.connections,
      floorByLatency: floor ? latencyRatio(ours.p50, floor.p50) : NaN,
      floorByThroughput: floor ? throughputRatio(ours.rps, floor.rps) : NaN,
      peerByLatency: peer ? latencyRatio(ours.p50, peer.p50) : NaN,
      peerByThroughput: peer ? throughputRatio(ours.rps, peer.rps) : NaN,
    });
  }
  return ratios;
}

export async function runQueryBench(options: QueryBenchOptions): Promise<QueryBenchResult> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const settings = {
    duration: options.duration ?? 5,
    warmup: options.warmup ?? 1,
    checkEvery: options.checkEvery ?? 10,
  };
  const connectionLevels = options.connections ?? [1, 16, 64];
  const targets = options.targets ?? [...TARGETS];
  const operations = OPERATIONS.filter((op) => !options.operations || options.operations.includes(op.name));
  const auth = options.password ? neo4j.auth.basic(options.username ?? 'neo4j', options.password) : undefined;
  const driver = neo4j.driver(options.bolt, auth, { disableLosslessIntegers: true });
  const repository = new GraphRepository(driver);
  const heapMb = async (): Promise<number | null> => {
    try {
      const [row] = await repository.read<{ used: number }>('bench/heap');
      return row ? row.used / 1024 / 1024 : null;
    } catch {
      return null;
    }
  };
  const databaseIdle = async (): Promise<void> => {
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      const [row] = await repository.read<{ running: number }>('bench/running-queries');
      if (!row || row.running === 0) return;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  };
  let floor: Child | undefined;
  let peer: Child | undefined;
  try {
    const parameters = await chooseParameters(repository);
    log(`parameters: ${JSON.stringify(parameters)}`);
    if (targets.includes('floor')) floor = await startChild('./floor/server.js', options);
    if (targets.includes('peer')) peer = await startChild('./peer/server.js', options);
    const apiBase = options.api.replace(/\/graphql\/?$/, '');
    const baseOf: Record<Target, string> = {
      ours: apiBase,
      'ours-uncached': apiBase,
      floor: floor?.url ?? '',
      peer: peer?.url ?? '',
    };
    const pidOf: Record<Target, number | undefined> = {
      ours: options.apiPid,
      'ours-uncached': options.apiPid,
      floor: floor?.pid,
      peer: peer?.pid,
    };
    const runs: RunStats[] = [];
    for (const operation of operations) {
      for (const connections of connectionLevels) {
        for (const target of targets) {
          const stats = await measure(
            operation,
            target,
            baseOf[target],
            parameters,
            connections,
            settings,
            databaseIdle,
          );
          const run = { ...stats, rssMb: rssMb(pidOf[target]), heapMb: await heapMb() };
          runs.push(run);
          log(
            `${operation.name} ${target} c=${connections}: p50 ${fixed(run.p50)} p95 ${fixed(run.p95)} p99 ${fixed(run.p99)} ms, ` +
              `${fixed(run.rps, 0)} req/s, rss ${fixed(run.rssMb, 0)} MB, heap ${fixed(run.heapMb, 0)} MB` +
              (run.problems.length ? ` PROBLEMS: ${run.problems.join('; ')}` : '') +
              (run.gaps.length ? ` (not measured: ${run.gaps.join('; ')})` : ''),
          );
        }
      }
    }
    const rss: Partial<Record<Target, number>> = {};
    for (const run of runs) {
      if (run.rssMb !== null) rss[run.target] = Math.max(rss[run.target] ?? 0, run.rssMb);
    }
    const problems = runs.flatMap((r) => r.problems.map((p) => `${r.operation} c=${r.connections} ${p}`));
    const gaps = runs.flatMap((r) => r.gaps.map((p) => `${r.operation} c=${r.connections} ${p}`));
    const result: QueryBenchResult = {
      parameters,
      options: { ...settings, connections: connectionLevels, targets },
      runs,
      ratios: ratiosOf(runs),
      memory: { rssMb: rss, heapMb: await heapMb() },
      problems,
      gaps,
      ok: problems.length === 0,
    };
    if (!result.ok) throw new QueryBenchFailure(result);
    return result;
  } finally {
    await Promise.all([stopChild(floor), stopChild(peer)]);
    await driver.close();
  }
}

/** Targets of issue #7 at 16 clients: one-hop p99 < 50 ms, walks p99 < 200 ms. */
export function p99Target(kind: OperationKind): number {
  return kind === 'walk' ? 200 : 50;
}

/** The results as markdown for bench/RESULTS.md: one table per connection level, then memory. */
export function renderQueryBench(result: QueryBenchResult): string {
  const out: string[] = [];
  const p = result.parameters;
  out.push(
    `Parameters chosen from the graph: town ${p.town.name} (${p.town.id}), campaign ${p.campaign.name}, ` +
      `reporter ${p.reporter.name}, search "${p.searchText}", path ${p.far.from.name} → ${p.far.to.name} ` +
      `(${p.far.hops} hops). ${result.options.duration} s per run after ${result.options.warmup} s warm-up.`,
    '',
    'Latencies in ms (p50 / p95 / p99), throughput in req/s. "ours" is the API as it serves, ' +
      'with its read cache; "ours, no cache" sends Cache-Control: no-cache, so every answer comes ' +
      'from Neo4j. Ratios use p50 latency: ours ÷ floor (the same Cypher through neo4j-driver) ' +
      'and ours ÷ peer (@neo4j/graphql); in brackets the same by throughput (their req/s ÷ ours). ' +
      'Above 1 means ours is slower. † no answer came within the timed run, so the figures are of ' +
      'one request per client, each waited for.',
    '',
  );
  for (const connections of result.options.connections) {
    out.push(`**${connections} concurrent client${connections === 1 ? '' : 's'}**`, '');
    const rows: string[][] = [];
    for (const operation of [...new Set(result.runs.map((r) => r.operation))]) {
      const run = (target: Target) =>
        result.runs.find((r) => r.operation === operation && r.target === target && r.connections === connections);
      const ratio = (target: Target) =>
        result.ratios.find((r) => r.operation === operation && r.target === target && r.connections === connections);
      const cell = (r: RunStats | undefined) =>
        r
          ? `${fixed(r.p50)} / ${fixed(r.p95)} / ${fixed(r.p99)} · ${fixed(r.rps, 0)}${r.oncePerClient ? ' †' : ''}`
          : '–';
      const ratios = (r: Ratio | undefined, latency: keyof Ratio, throughput: keyof Ratio) =>
        r ? `${fixed(r[latency] as number, 2)} (${fixed(r[throughput] as number, 2)})` : '–';
      const meets = (r: RunStats | undefined) => (r ? (r.p99 < p99Target(r.kind) ? 'yes' : 'no') : '–');
      rows.push([
        operation,
        cell(run('ours')),
        cell(run('ours-uncached')),
        cell(run('floor')),
        cell(run('peer')),
        ratios(ratio('ours'), 'floorByLatency', 'floorByThroughput'),
        ratios(ratio('ours-uncached'), 'floorByLatency', 'floorByThroughput'),
        ratios(ratio('ours'), 'peerByLatency', 'peerByThroughput'),
        ratios(ratio('ours-uncached'), 'peerByLatency', 'peerByThroughput'),
        connections === 16 ? `${meets(run('ours'))} / ${meets(run('ours-uncached'))}` : '',
      ]);
    }
    out.push(
      markdownTable(
        [
          'operation',
          'ours',
          'ours, no cache',
          'floor (driver)',
          'peer (@neo4j/graphql)',
          'ours ÷ floor',
          'no cache ÷ floor',
          'ours ÷ peer',
          'no cache ÷ peer',
          'p99 target (ours / no cache)',
        ],
        rows,
        [1, 2, 3, 4, 5, 6, 7, 8],
      ),
      '',
    );
  }
  if (result.gaps.length > 0) {
    out.push(`Not measured (the floor or the peer was too slow for the run): ${result.gaps.join('; ')}.`, '');
  }
  const rss = result.memory.rssMb;
  out.push(
    `Memory (highest RSS after any run): API ${fixed(rss.ours, 0)} MB, floor ${fixed(rss.floor, 0)} MB, ` +
      `peer ${fixed(rss.peer, 0)} MB; Neo4j heap in use at the end ${fixed(result.memory.heapMb, 0)} MB.`,
  );
  return out.join('\n');
}

function parseArgs(argv: string[]): QueryBenchOptions & { json?: string; markdown?: string } {
  const flag = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const bolt = flag('bolt');
  const api = flag('api');
  if (!bolt || !api) throw new Error('usage: queries.js --bolt <uri> --api <graphqlUrl> [--duration 5] …');
  const numbers = (text: string | undefined) => text?.split(',').map(Number);
  return {
    bolt,
    api,
    apiPid: flag('api-pid') ? Number(flag('api-pid')) : undefined,
    username: process.env.NEO4J_USERNAME,
    password: process.env.NEO4J_PASSWORD,
    duration: flag('duration') ? Number(flag('duration')) : undefined,
    warmup: flag('warmup') ? Number(flag('warmup')) : undefined,
    connections: numbers(flag('connections')),
    targets: flag('targets')?.split(',') as Target[] | undefined,
    operations: flag('operations')?.split(','),
    json: flag('json'),
    markdown: flag('markdown'),
  };
}

async function main(argv: string[]): Promise<number> {
  const { json, markdown, ...options } = parseArgs(argv);
  let result: QueryBenchResult;
  let code = 0;
  try {
    result = await runQueryBench(options);
  } catch (error) {
    if (!(error instanceof QueryBenchFailure)) throw error;
    process.stderr.write(`${error.message}\n`);
    result = error.result;
    code = 1;
  }
  const table = renderQueryBench(result);
  if (json) writeFileSync(json, JSON.stringify(result, null, 2));
  if (markdown) writeFileSync(markdown, `${table}\n`);
  process.stdout.write(`${table}\n`);
  return code;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`query bench: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    },
  );
}
