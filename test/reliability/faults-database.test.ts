import 'reflect-metadata';
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type App } from '../../src/app.js';
import { dataDirOf, startEmbedded, stopPid, type StartedNeo4j } from '../../src/db/embedded-neo4j.js';
import { waitUntilDead } from '../support/processes.js';
import { createLogger } from '../../src/logger.js';
import { postGraphQL } from '../support/http.js';
import { testConfig } from '../support/test-config.js';

/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL answers are checked field by field */

/**
 * The API keeps running while its database goes away (stopped, or killed), says so in
 * `health`, `/healthz` and in every answer that needed the database, and serves again
 * by itself once the database is back: nobody restarts the API. Each failed answer is
 * logged once, at error level, under the request id its answer carries.
 */

// Its own Neo4j (port and folder), so stopping it leaves the shared test database alone.
const dbConfig = testConfig({
  NEO4J_BOLT_PORT: process.env.NEO4J_FAULTS_BOLT_PORT ?? '7731',
  NEO4J_DATA_DIR: '.data/neo4j-test-h2-faults-db',
  NEO4J_HEAP_MB: '512',
  NEO4J_PAGECACHE_MB: '64',
});
const RETRY_SECONDS = 2;
const QUERY = '{ health { ok database { reachable version error } } stats { nodes relationships } }';

let neo4jServer: StartedNeo4j | undefined;
let app: App;
let healthz: string;
/** What the API logged at error level. */
const errorLog: string[] = [];

async function startDatabase(): Promise<void> {
  neo4jServer = await startEmbedded(dbConfig);
  expect(neo4jServer.startedHere).toBe(true);
}

async function killDatabase(): Promise<void> {
  const pid = neo4jServer!.pid;
  process.kill(pid, 'SIGKILL');
  await waitUntilDead(pid);
  neo4jServer = undefined;
}

async function stopDatabase(): Promise<void> {
  await stopPid(neo4jServer!.pid);
  neo4jServer = undefined;
}

/** What a client sees while the database is away. */
async function expectOutageReported(): Promise<void> {
  const started = Date.now();
  const answer = (await postGraphQL(app.api.url, '{ health { ok database { reachable version error } } }')) as any;
  expect(Date.now() - started).toBeLessThan(5000); // a probe gets its answer in seconds
  expect(answer).toEqual({
    data: {
      health: {
        ok: false,
        database: { reachable: false, version: null, error: answer.data.health.database.error },
      },
    },
  });
  expect(answer.data.health.database.error).toMatch(/^(The database did not answer within 3 s|Failed to connect)/);

  const probe = await fetch(healthz);
  expect(probe.status).toBe(503);
  expect(await probe.json()).toMatchObject({ ok: false, database: { reachable: false } });

  const response = await fetch(app.api.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'query Totals { stats { nodes } }' }),
  });
  const requestId = response.headers.get('x-request-id');
  expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
  expect(await response.json()).toEqual({
    data: null,
    errors: [
      {
        message: 'The database is not reachable right now; the request can be retried shortly',
        locations: [{ line: 1, column: 16 }],
        path: ['stats'],
        extensions: { code: 'DATABASE_UNAVAILABLE', requestId },
      },
    ],
  });
  const logged = errorLog.filter((line) => line.startsWith(`[${requestId}] `));
  expect(logged).toHaveLength(1);
  expect(logged[0]).toMatch(new RegExp(`^\\[${requestId}\\] Totals at stats: \\w*Error`));
}

/** Asks until the API answers from the database again; returns how long that took. */
async function waitUntilServing(): Promise<number> {
  const started = Date.now();
  for (;;) {
    const answer = (await postGraphQL(app.api.url, QUERY)) as any;
    if (answer.data?.health?.ok && !answer.errors) return Date.now() - started;
    if (Date.now() - started > 60_000) throw new Error(`API still not serving: ${JSON.stringify(answer)}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

async function expectServing(): Promise<void> {
  expect(await postGraphQL(app.api.url, QUERY)).toEqual({
    data: {
      health: { ok: true, database: { reachable: true, version: '5.26.30', error: null } },
      stats: { nodes: 5, relationships: 4 },
    },
  });
  expect((await fetch(healthz)).status).toBe(200);
}

describe('the API while its database goes away and comes back', () => {
  beforeAll(async () => {
    rmSync(dataDirOf(dbConfig), { recursive: true, force: true });
    await startDatabase();
    app = await startApp(
      testConfig({ NEO4J_URI: neo4jServer!.uri, NEO4J_RETRY_SECONDS: String(RETRY_SECONDS) }),
      createLogger('error', (line) => errorLog.push(line)),
    );
    healthz = app.api.url.replace('/graphql', '/healthz');
    await app.repository.write('fixtures/tiny-graph');
  });
  afterAll(async () => {
    await app?.stop();
    if (neo4jServer) await stopPid(neo4jServer.pid);
    rmSync(dataDirOf(dbConfig), { recursive: true, force: true });
  });

  it('serves from the database to begin with', async () => {
    await expectServing();
  });

  it('reports a cleanly stopped database in health, /healthz (503) and as DATABASE_UNAVAILABLE', async () => {
    await stopDatabase();
    await expectOutageReported();
  });

  it('serves again by itself once the database is restarted, with the data kept', async () => {
    await startDatabase();
    expect(await waitUntilServing()).toBeLessThan(10_000);
    await expectServing();
  });

  it('reports a killed database (SIGKILL) the same way, and recovers while clients keep asking', async () => {
    await killDatabase();
    await expectOutageReported();
    // Clients keep asking while the database starts: each gets DATABASE_UNAVAILABLE or the
    // right answer, never another error (a half-started server must not leak through).
    const restarting = startDatabase();
    const answers: any[] = [];
    while (!neo4jServer) answers.push(await postGraphQL(app.api.url, '{ stats { nodes } }'));
    await restarting;
    expect(await waitUntilServing()).toBeLessThan(10_000);
    const seen = new Set(answers.map((a) => a.errors?.[0]?.extensions?.code ?? JSON.stringify(a.data)));
    expect([...seen].filter((code) => code !== 'DATABASE_UNAVAILABLE' && code !== '{"stats":{"nodes":5}}')).toEqual([]);
    expect(answers.length).toBeGreaterThan(0);
    await expectServing();
  });
});
