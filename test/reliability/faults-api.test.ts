import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRepository } from '../../src/app.js';
import { generateCorpus } from '../../src/corpus/index.js';
import { removePage } from '../../src/graph/ingest-page.js';
import { openDatabase, type Database } from '../../src/db/database.js';
import { dataDirOf, startEmbedded, stopPid, type StartedNeo4j } from '../../src/db/embedded-neo4j.js';
import type { GraphRepository } from '../../src/db/graph-repository.js';
import { PROJECT_ROOT } from '../../src/project-root.js';
import { exampleQueries } from '../../bench/soak.js';
import { graphSnapshot } from '../support/graph-snapshot.js';
import { testConfig } from '../support/test-config.js';

/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL answers are checked field by field */

/**
 * `npm start` killed (SIGKILL) in the middle of a burst of queries and page loads loses
 * nothing: every load it acknowledged is in the graph, a load it did not acknowledge is
 * there whole or not at all, and a new process on the same database serves the same graph.
 */

const API_PORT = Number(process.env.FAULTS_API_PORT ?? 4731);
const URL = `http://127.0.0.1:${API_PORT}/graphql`;
const TOKEN = 'faults-api-test-token-5d1e88';
const dbConfig = testConfig({
  NEO4J_BOLT_PORT: process.env.FAULTS_API_BOLT_PORT ?? '7734',
  NEO4J_DATA_DIR: '.data/neo4j-test-h2-faults-api',
  NEO4J_HEAP_MB: '768',
  NEO4J_PAGECACHE_MB: '128',
});
/** The read-only examples that answer without errors, as the soak runs them. */
const READS = exampleQueries().map(({ query }) => query);
const INGEST =
  'mutation ($text: String!, $source: String!) { ingestPage(text: $text, source: $source) { status file } }';
/** Pages loaded through the API during the burst (small, deterministic). */
const EXTRA_PAGES = [...generateCorpus(4, 11)].map((page) => ({ source: `api-${page.file}`, text: page.text }));

let neo4jServer: StartedNeo4j;
let database: Database;
let repository: GraphRepository;
let api: ChildProcess | undefined;

/** `node dist/src/cli/start.js` on the test's database and port; resolves once it serves. */
async function startApi(): Promise<ChildProcess> {
  const child = spawn(process.execPath, [join(PROJECT_ROOT, 'dist/src/cli/start.js')], {
    cwd: PROJECT_ROOT,
    env: {
      ...process.env,
      NEO4J_URI: neo4jServer.uri,
      PORT: String(API_PORT),
      HOST: '127.0.0.1',
      SEEDS_DIR: 'seeds',
      API_TOKEN: TOKEN,
      NODE_ENV: 'production',
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  api = child;
  let output = '';
  await new Promise<void>((resolve, reject) => {
    child.stderr!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('GraphQL API ready')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`the API exited (${code}) before serving:\n${output}`)));
  });
  return child;
}

async function killApi(): Promise<void> {
  const child = api!;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGKILL');
  await exited;
  api = undefined;
}

async function post(
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
  headers: Record<string, string> = {},
): Promise<any> {
  const response = await fetch(URL, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...headers,
    },
    body: JSON.stringify({ query, variables }),
  });
  return response.json();
}

/** Each query in turn; `fresh` asks past the API's read cache (for a graph changed by another process). */
async function inTurn(queries: string[], fresh = false): Promise<any[]> {
  const answers = [];
  for (const query of queries)
    answers.push(await post(query, {}, undefined, fresh ? { 'cache-control': 'no-cache' } : {}));
  return answers;
}

function withoutScores(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutScores);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => key !== 'score')
        .map(([key, v]) => [key, withoutScores(v)]),
    );
  }
  return value;
}

describe('the API killed during a burst of requests', () => {
  beforeAll(async () => {
    rmSync(dataDirOf(dbConfig), { recursive: true, force: true });
    neo4jServer = await startEmbedded(dbConfig);
    database = await openDatabase(testConfig({ NEO4J_URI: neo4jServer.uri }));
    repository = createRepository(database, dbConfig);
  });
  afterAll(async () => {
    if (api) await killApi();
    await database?.close();
    if (neo4jServer) await stopPid(neo4jServer.pid);
    rmSync(dataDirOf(dbConfig), { recursive: true, force: true });
  });

  it('loses nothing it acknowledged, and a restarted API serves the same graph', async () => {
    await startApi();
    const before = await graphSnapshot(repository);
    // One at a time: the first run of each query on a cold database plans it (slow on a busy machine).
    const answersBefore = await inTurn(READS);
    expect(answersBefore.filter((a) => a.errors)).toEqual([]);

    // The burst: 6 clients cycling through the example queries, and the page loads.
    let stop = false;
    const served: any[] = [];
    const failures: string[] = [];
    const readers = Array.from({ length: 6 }, async (_, client) => {
      for (let i = client; !stop; i++) {
        try {
          served.push(await post(READS[i % READS.length]!));
        } catch (error) {
          failures.push(String((error as Error).cause ?? error));
          return;
        }
      }
    });
    const acknowledged: string[] = [];
    const loads = EXTRA_PAGES.map(async ({ source, text }) => {
      try {
        const answer = await post(INGEST, { text, source }, TOKEN);
        if (answer.data?.ingestPage?.status === 'loaded') acknowledged.push(source);
      } catch {
        // cut off by the kill: not acknowledged
      }
    });
    while (served.length < 40) await new Promise((r) => setTimeout(r, 20));
    await killApi();
    stop = true;
    await Promise.all([...readers, ...loads]);

    // Everything answered before the kill was right; the rest saw the connection drop.
    expect(served.filter((a) => a.errors)).toEqual([]);
    expect(failures.length).toBeGreaterThan(0);
    expect(failures.every((f) => /ECONNRESET|ECONNREFUSED|other side closed|SocketError/.test(f))).toBe(true);

    await startApi();
    // Acknowledged loads are there (loading again changes nothing); an unacknowledged one is
    // there whole or not at all, so loading it again succeeds either way.
    for (const { source, text } of EXTRA_PAGES) {
      const again = await post(INGEST, { text, source }, TOKEN);
      expect(again.errors).toBeUndefined();
      if (acknowledged.includes(source)) expect(again.data.ingestPage.status).toBe('unchanged');
      else expect(['loaded', 'unchanged']).toContain(again.data.ingestPage.status);
    }
    const answersAfter = await inTurn(READS);
    expect(answersAfter.filter((a) => a.errors)).toEqual([]);

    // Without the extra pages the graph is exactly the one before the burst, and the new
    // process answers every example query as the old one did. The pages are removed from
    // this process, which the API's read cache cannot see (it would for QUERY_CACHE_SECONDS),
    // so the queries ask past it.
    for (const { source } of EXTRA_PAGES) await removePage(repository, source);
    expect(await graphSnapshot(repository)).toEqual(before);
    // (Full-text scores aside: Lucene counts deleted documents in its statistics until it merges.)
    expect(withoutScores(await inTurn(READS, true))).toEqual(withoutScores(answersBefore));
  }, 240_000);
});
