/**
 * node dist/bench/soak.js [--url http://host:port/graphql --pid <server pid>] [--duration 300]
 *                         [--reference 10] [--rate 50] [--connections 8] [--max-slope 3]
 *                         [--port 4795] [--bolt-port 7795] [--data-dir .data/neo4j-soak]
 *
 * A soak test: the read-only example queries (examples/*.graphql, the mutation and the
 * example of error answers skipped) in
 * turn at a steady rate: a warm-up run and a short reference run of --reference seconds,
 * then the soak of --duration seconds.
 * Every answer is checked (autocannon itself counts only status codes), and the server's
 * resident memory is sampled each second. Exits 1 when any request failed or answered
 * GraphQL errors, when the soak's p99 is more than twice the reference run's, when the
 * server falls below 90% of the rate, or when memory grows faster than --max-slope MB/min
 * (a leak); the last two are judged on soaks of 60 s or more.
 *
 * Without --url it starts `node dist/src/cli/start.js` on the seeds (its own embedded Neo4j
 * on --bolt-port with its data in --data-dir, API on --port) and stops it at the end.
 *
 * Why 3 MB/min: a steady server's RSS wanders by a few MB as V8 sizes its heap, which a
 * 5-minute regression flattens to well under 1 MB/min; a leak of 1 KB per request at 50
 * requests/s is 3 MB/min. Below 60 s of soak the slope is reported but not judged.
 */
import autocannon from 'autocannon';
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { PROJECT_ROOT } from '../src/project-root.js';
import { EXAMPLES_DIR, readExamples } from '../src/api/examples.js';

/** Options this file uses beyond bench/lib/autocannon.d.ts (which types only the query bench's). */
interface SteadyRunOptions {
  url: string;
  connections: number;
  duration: number;
  timeout: number;
  overallRate: number;
  requests: {
    method: string;
    headers: Record<string, string>;
    body: string;
    onResponse: (status: number, body: string) => void;
  }[];
}

export interface SoakOptions {
  /** The API's /graphql URL; unset starts one (see the header). */
  url?: string;
  /**
   * Process whose RSS is sampled (the server); defaults to the one started here. With a --url
   * and no pid, this process is sampled: right only when the server runs in it (the test).
   */
  pid?: number;
  durationSeconds?: number;
  referenceSeconds?: number;
  /** Requests per second over all connections. */
  rate?: number;
  connections?: number;
  /** Largest accepted RSS growth, MB per minute, judged on soaks of 60 s or more. */
  maxSlopeMbPerMin?: number;
  log?: (line: string) => void;
  /** Ports of the API and embedded Neo4j started when there is no url. */
  port?: number;
  boltPort?: number;
  dataDir?: string;
}

export interface PhaseReport {
  seconds: number;
  /** How long the run really took: a loaded machine's timers fire late, so it can outlast `seconds`. */
  elapsedSeconds: number;
  requests: number;
  requestsPerSecond: number;
  latencyMs: { p50: number; p95: number; p99: number; max: number };
  /** Connection errors and timeouts. */
  errors: number;
  non2xx: number;
  /** Answers with an `errors` array or no `data`. */
  graphqlErrors: number;
  firstProblem: string | null;
}

export interface SoakReport {
  url: string;
  rate: number;
  connections: number;
  queries: string[];
  reference: PhaseReport;
  soak: PhaseReport;
  rss: { samples: number; startMb: number; endMb: number; maxMb: number; slopeMbPerMin: number };
  /** Why the soak failed; empty when it passed. */
  failures: string[];
}

/** The read-only example operations that answer without errors, by file name. */
export function exampleQueries(dir = EXAMPLES_DIR): { name: string; query: string }[] {
  return readExamples(dir)
    .filter((e) => !e.mutation && !e.answersWithErrors)
    .map(({ name, query }) => ({ name, query }));
}

/** Resident set size of a process in MB (Linux /proc; this process's own figure otherwise). */
export function rssMb(pid: number): number {
  if (pid === process.pid) return process.memoryUsage.rss() / 2 ** 20;
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1]);
  return kb / 1024;
}

/** Least-squares slope of y over x. */
export function slope(points: { x: number; y: number }[]): number {
  const n = points.length;
  if (n < 2) return 0;
  const mx = points.reduce((s, p) => s + p.x, 0) / n;
  const my = points.reduce((s, p) => s + p.y, 0) / n;
  const sxx = points.reduce((s, p) => s + (p.x - mx) ** 2, 0);
  const sxy = points.reduce((s, p) => s + (p.x - mx) * (p.y - my), 0);
  return sxx === 0 ? 0 : sxy / sxx;
}

function percentile(sorted: number[], q: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
}

const round = (x: number, digits = 1) => Number(x.toFixed(digits));

/** One steady-rate run over the queries; every body is parsed and checked. */
async function runPhase(
  url: string,
  queries: { name: string; query: string }[],
  seconds: number,
  rate: number,
  connections: number,
): Promise<PhaseReport> {
  let graphqlErrors = 0;
  let firstProblem: string | null = null;
  const requests = queries.map(({ name, query }) => ({
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
    onResponse: (status: number, body: string) => {
      let ok = status === 200;
      try {
        const answer = JSON.parse(body) as { data?: unknown; errors?: { message: string }[] };
        ok &&= !answer.errors && answer.data !== undefined && answer.data !== null;
        if (!ok) firstProblem ??= `${name}: HTTP ${status} ${answer.errors?.[0]?.message ?? ''}`.trim();
      } catch {
        ok = false;
        firstProblem ??= `${name}: HTTP ${status}, a body that is not JSON`;
      }
      if (!ok) graphqlErrors++;
    },
  }));
  const latencies: number[] = [];
  const steady: SteadyRunOptions = { url, connections, duration: seconds, overallRate: rate, timeout: 30, requests };
  const startedAt = performance.now();
  const instance = autocannon(steady);
  instance.on('response', (_client, _status, _bytes, ms) => latencies.push(ms));
  const result = await instance;
  const elapsedSeconds = round((performance.now() - startedAt) / 1000);
  latencies.sort((a, b) => a - b);
  return {
    seconds,
    elapsedSeconds,
    requests: result.requests.total,
    requestsPerSecond: round(result.requests.total / seconds),
    latencyMs: {
      p50: round(percentile(latencies, 0.5)),
      p95: round(percentile(latencies, 0.95)),
      p99: round(percentile(latencies, 0.99)),
      max: round(latencies.at(-1) ?? 0),
    },
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    graphqlErrors,
    firstProblem,
  };
}

interface StartedServer {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

/** `npm start` on the seeds, on ports of its own; resolves when it serves. */
async function startServer(
  log: (line: string) => void,
  port: number,
  boltPort: number,
  dataDir: string,
): Promise<StartedServer> {
  const child: ChildProcess = spawn(process.execPath, [join(PROJECT_ROOT, 'dist/src/cli/start.js')], {
    cwd: PROJECT_ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      NEO4J_BOLT_PORT: String(boltPort),
      NEO4J_DATA_DIR: dataDir,
      SEEDS_DIR: 'seeds',
      NODE_ENV: 'production',
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    child.stderr!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('GraphQL API ready')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`the API exited (${code}) before serving:\n${output}`)));
  });
  log(`started the API (pid ${child.pid}) on the seeds at http://127.0.0.1:${port}/graphql`);
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    pid: child.pid!,
    async stop() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 60_000))]);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    },
  };
}

export async function runSoak(options: SoakOptions = {}): Promise<SoakReport> {
  const log = options.log ?? (() => {});
  const durationSeconds = options.durationSeconds ?? 300;
  const referenceSeconds = options.referenceSeconds ?? 10;
  const rate = options.rate ?? 50;
  const connections = options.connections ?? 8;
  const maxSlope = options.maxSlopeMbPerMin ?? 3;
  const queries = exampleQueries();
  const server = options.url
    ? undefined
    : await startServer(log, options.port ?? 4795, options.boltPort ?? 7795, options.dataDir ?? '.data/neo4j-soak');
  try {
    const url = options.url ?? server!.url;
    const pid = options.pid ?? server?.pid ?? process.pid;
    // Each query once, in turn: the database plans it, and a wrong answer shows before any load.
    for (const { name, query } of queries) {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      });
      const answer = (await response.json()) as { errors?: { message: string }[] };
      if (answer.errors) throw new Error(`${name} answers errors: ${answer.errors[0]!.message}`);
    }
    // A first run at the same rate is thrown away: JIT, plan caches and connection pools warm up
    // in it, so the reference p99 is a warm server's, not a cold one's.
    log(`warm-up run: ${referenceSeconds} s (not counted)`);
    await runPhase(url, queries, referenceSeconds, rate, connections);
    log(`reference run: ${referenceSeconds} s at ${rate} requests/s over ${connections} connections`);
    const reference = await runPhase(url, queries, referenceSeconds, rate, connections);

    const started = Date.now();
    const samples: { x: number; y: number }[] = [{ x: 0, y: rssMb(pid) }];
    const sampler = setInterval(() => samples.push({ x: (Date.now() - started) / 60_000, y: rssMb(pid) }), 1000);
    log(`soak: ${durationSeconds} s, RSS of pid ${pid} sampled every second`);
    let soak: PhaseReport;
    try {
      soak = await runPhase(url, queries, durationSeconds, rate, connections);
    } finally {
      clearInterval(sampler);
    }
    samples.push({ x: (Date.now() - started) / 60_000, y: rssMb(pid) });
    const rss = {
      samples: samples.length,
      startMb: round(samples[0]!.y),
      endMb: round(samples.at(-1)!.y),
      maxMb: round(Math.max(...samples.map((s) => s.y))),
      slopeMbPerMin: round(slope(samples), 2),
    };

    const failures: string[] = [];
    for (const [name, phase] of [
      ['reference', reference],
      ['soak', soak],
    ] as const) {
      if (phase.errors > 0) failures.push(`${name}: ${phase.errors} requests failed or timed out`);
      if (phase.non2xx > 0) failures.push(`${name}: ${phase.non2xx} answers were not 2xx`);
      if (phase.graphqlErrors > 0) {
        failures.push(`${name}: ${phase.graphqlErrors} answers had GraphQL errors (first: ${phase.firstProblem})`);
      }
    }
    if (soak.latencyMs.p99 > 2 * reference.latencyMs.p99) {
      failures.push(
        `p99 ${soak.latencyMs.p99} ms is more than twice the reference run's ${reference.latencyMs.p99} ms`,
      );
    }
    if (durationSeconds >= 60 && soak.requestsPerSecond < 0.9 * rate) {
      failures.push(`only ${soak.requestsPerSecond} requests/s of the ${rate} asked for: the server cannot keep up`);
    }
    if (durationSeconds >= 60 && rss.slopeMbPerMin > maxSlope) {
      failures.push(`RSS grows ${rss.slopeMbPerMin} MB/min, more than ${maxSlope} MB/min`);
    }
    return { url, rate, connections, queries: queries.map((q) => q.name), reference, soak, rss, failures };
  } finally {
    await server?.stop();
  }
}

/** The report as a few readable lines. */
export function renderSoak(report: SoakReport): string {
  const phase = (name: string, p: PhaseReport) =>
    `${name.padEnd(9)} ${String(p.seconds).padStart(4)} s  ${String(p.requests).padStart(6)} requests ` +
    `(${p.requestsPerSecond}/s)  p50 ${p.latencyMs.p50} ms  p95 ${p.latencyMs.p95} ms  p99 ${p.latencyMs.p99} ms  ` +
    `max ${p.latencyMs.max} ms  errors ${p.errors}  non-2xx ${p.non2xx}  GraphQL errors ${p.graphqlErrors}`;
  const r = report.rss;
  return [
    `soak of ${report.url}: ${report.queries.length} example queries in turn, ${report.rate} requests/s, ${report.connections} connections`,
    phase('reference', report.reference),
    phase('soak', report.soak),
    `RSS       start ${r.startMb} MB  end ${r.endMb} MB  max ${r.maxMb} MB  slope ${r.slopeMbPerMin} MB/min (${r.samples} samples)`,
    report.failures.length === 0 ? 'PASS' : `FAIL\n  ${report.failures.join('\n  ')}`,
  ].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      url: { type: 'string' },
      pid: { type: 'string' },
      duration: { type: 'string', default: '300' },
      reference: { type: 'string', default: '10' },
      rate: { type: 'string', default: '50' },
      connections: { type: 'string', default: '8' },
      'max-slope': { type: 'string', default: '3' },
      port: { type: 'string', default: '4795' },
      'bolt-port': { type: 'string', default: '7795' },
      'data-dir': { type: 'string', default: '.data/neo4j-soak' },
    },
  });
  const numbers = [values.duration, values.reference, values.rate, values.connections, values['max-slope']].map(Number);
  if (numbers.some((n) => !(n > 0)) || (values.pid !== undefined && !Number.isInteger(Number(values.pid)))) {
    process.stderr.write('usage: node dist/bench/soak.js [--url URL --pid PID] [--duration 300] [--rate 50] …\n');
    return 2;
  }
  const [durationSeconds, referenceSeconds, rate, connections, maxSlopeMbPerMin] = numbers as number[];
  const report = await runSoak({
    url: values.url,
    pid: values.pid === undefined ? undefined : Number(values.pid),
    durationSeconds,
    referenceSeconds,
    rate,
    connections,
    maxSlopeMbPerMin,
    port: Number(values.port),
    boltPort: Number(values['bolt-port']),
    dataDir: values['data-dir'],
    log: (line) => process.stderr.write(`[soak ${new Date().toISOString().slice(11, 19)}] ${line}\n`),
  });
  process.stdout.write(`${renderSoak(report)}\n${JSON.stringify(report)}\n`);
  return report.failures.length === 0 ? 0 : 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      process.stderr.write(`soak failed: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
