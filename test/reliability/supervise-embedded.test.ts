import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isAlive } from '../../src/db/embedded-neo4j.js';
import { PROJECT_ROOT } from '../../src/project-root.js';
import { postGraphQL } from '../support/http.js';
import { waitUntilDead } from '../support/processes.js';

/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL answers are checked field by field */

/**
 * `npm start` supervises the embedded Neo4j it started: SIGKILLed, the database is started
 * again by itself (the log says so) and the API answers from it within 30 s, with the seeds
 * still there; Ctrl-C (SIGINT) of the API then stops the new database too.
 */

const API_PORT = Number(process.env.SUPERVISE_API_PORT ?? 4741);
const BOLT_PORT = process.env.SUPERVISE_BOLT_PORT ?? '7741';
const DATA_DIR = '.data/neo4j-test-supervise';
const URL = `http://127.0.0.1:${API_PORT}/graphql`;

let api: ChildProcess | undefined;
let log = '';

/** The embedded server's pid, from the state file its launcher writes once Bolt is up. */
function databasePid(): number | null {
  try {
    return JSON.parse(readFileSync(join(PROJECT_ROOT, DATA_DIR, 'launcher.json'), 'utf8')).pid;
  } catch {
    return null;
  }
}

async function until<T>(what: string, probe: () => Promise<T | null> | T | null, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== null) return value;
    if (Date.now() > deadline) throw new Error(`${what} did not happen within ${timeoutMs} ms; log:\n${log}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

async function seedArticles(): Promise<number | null> {
  try {
    const answer = (await postGraphQL(URL, '{ articles { totalCount } }')) as any;
    return answer.data?.articles?.totalCount ?? null;
  } catch {
    return null;
  }
}

describe('npm start supervises the embedded Neo4j', () => {
  beforeAll(async () => {
    rmSync(join(PROJECT_ROOT, DATA_DIR), { recursive: true, force: true });
    api = spawn(process.execPath, [join(PROJECT_ROOT, 'dist/src/cli/start.js')], {
      cwd: PROJECT_ROOT,
      env: {
        ...process.env,
        NEO4J_URI: '',
        NEO4J_BOLT_PORT: BOLT_PORT,
        NEO4J_DATA_DIR: DATA_DIR,
        NEO4J_HEAP_MB: '512',
        NEO4J_PAGECACHE_MB: '64',
        NEO4J_RETRY_SECONDS: '2',
        PORT: String(API_PORT),
        HOST: '127.0.0.1',
        SEEDS_DIR: 'seeds',
        LOG_LEVEL: 'info',
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    api.stderr!.on('data', (chunk: Buffer) => (log += chunk.toString()));
    await until('the API serving', () => (log.includes('GraphQL API ready') ? true : null), 180_000);
  }, 200_000);
  afterAll(async () => {
    if (api && api.exitCode === null) api.kill('SIGKILL');
    const pid = databasePid();
    if (pid !== null && isAlive(pid)) process.kill(pid, 'SIGKILL');
    rmSync(join(PROJECT_ROOT, DATA_DIR), { recursive: true, force: true });
  });

  it('restarts a SIGKILLed database within 30 s, says so, and Ctrl-C still stops it', async () => {
    expect(await seedArticles()).toBe(36);
    const first = databasePid()!;
    process.kill(first, 'SIGKILL');
    const killedAt = Date.now();
    await waitUntilDead(first);

    const second = await until(
      'a new database',
      () => {
        const pid = databasePid();
        return pid !== null && pid !== first && isAlive(pid) ? pid : null;
      },
      30_000,
    );
    expect(await until('answers from the restarted database', seedArticles, 30_000)).toBe(36);
    const backAfterMs = Date.now() - killedAt;
    expect(backAfterMs, log).toBeLessThan(30_000);
    expect((await fetch(URL.replace('/graphql', '/healthz'))).status).toBe(200);
    expect(log).toMatch(new RegExp(`The embedded Neo4j \\(pid ${first}\\) exited \\(SIGKILL\\); starting it again`));
    expect(log).toMatch(new RegExp(`The embedded Neo4j is back \\(pid ${second}, restart 1\\)`));

    const exited = new Promise<number | null>((resolve) => api!.once('exit', (code) => resolve(code)));
    api!.kill('SIGINT');
    expect(await exited).toBe(0);
    await until('the restarted database stopped', () => (isAlive(second) ? null : true), 60_000);
  }, 180_000);
});
