import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRepository, startApp, type App } from '../../src/app.js';
import type { GraphRepository } from '../../src/db/graph-repository.js';
import { createLogger } from '../../src/logger.js';
import { configForTestDatabase, emptyGraph } from '../support/graph.js';
import { postGraphQL } from '../support/http.js';

/**
 * The cache of hot reads (src/api/plugins/read-cache): a repeated query is answered from
 * memory, a write through the app is seen at once, a write by another process after at
 * most QUERY_CACHE_SECONDS, and health/stats always ask the database.
 */
const TOWNS = '{ towns(first: 10) { totalCount nodes { name } } }';
const MAX_AGE_SECONDS = 2;

describe('the read cache, on the real Neo4j', () => {
  let app: App;
  /** Another writer on the same database, as `npm run ingest` in another process would be. */
  let otherProcess: GraphRepository;

  beforeAll(async () => {
    app = await startApp(configForTestDatabase({ QUERY_CACHE_SECONDS: String(MAX_AGE_SECONDS) }), createLogger('warn'));
    otherProcess = createRepository(app.database, configForTestDatabase());
    await emptyGraph(app.repository);
    await app.repository.write('fixtures/tiny-graph');
  });
  afterAll(() => app?.stop());

  /** The answer, and how many database round trips the app made for it. */
  async function ask(query: string, headers: Record<string, string> = {}) {
    const before = app.repository.queryCount;
    const body = await postGraphQL(app.api.url, query, {}, headers);
    return { body, roundTrips: app.repository.queryCount - before };
  }

  const threeTowns = { data: { towns: { totalCount: 3, nodes: expect.any(Array) } } };

  it('answers a repeated query from memory: the same answer, no round trip', async () => {
    const first = await ask(TOWNS);
    expect(first.body).toMatchObject(threeTowns);
    expect(first.roundTrips).toBeGreaterThan(0);
    const again = await ask(TOWNS);
    expect(again).toEqual({ body: first.body, roundTrips: 0 });
  });

  it('asks the database again for a request sent with Cache-Control: no-cache', async () => {
    await ask(TOWNS);
    const fresh = await ask(TOWNS, { 'cache-control': 'no-cache' });
    expect(fresh.body).toMatchObject(threeTowns);
    expect(fresh.roundTrips).toBeGreaterThan(0);
  });

  it('keys answers by their variables', async () => {
    const query = 'query ($name: String!) { town(name: $name) { name level } }';
    const county = await postGraphQL(app.api.url, query, { name: '双辽市' });
    const city = await postGraphQL(app.api.url, query, { name: '四平市' });
    expect(county).toEqual({ data: { town: { name: '双辽市', level: 'COUNTY_CITY' } } });
    expect(city).toEqual({ data: { town: { name: '四平市', level: 'PREFECTURE_CITY' } } });
  });

  const noTowns = { data: { towns: { totalCount: 0, nodes: [] } } };

  it('shows a write through this app at once', async () => {
    expect((await ask(TOWNS)).body).toMatchObject(threeTowns);
    await emptyGraph(app.repository);
    expect((await ask(TOWNS)).body).toEqual(noTowns);
    await app.repository.write('fixtures/tiny-graph');
    expect((await ask(TOWNS)).body).toMatchObject(threeTowns);
  });

  it(`shows a write by another process after at most ${MAX_AGE_SECONDS} s`, async () => {
    expect((await ask(TOWNS)).body).toMatchObject(threeTowns);
    await emptyGraph(otherProcess);
    // Until the answer ages out, this process cannot know about the other writer…
    expect((await ask(TOWNS)).body).toMatchObject(threeTowns);
    // …and after it has, the towns are gone.
    await new Promise((resolve) => setTimeout(resolve, MAX_AGE_SECONDS * 1000 + 200));
    expect((await ask(TOWNS)).body).toEqual(noTowns);
    await app.repository.write('fixtures/tiny-graph');
  });

  it('never caches health or stats, which report the database as it is now', async () => {
    for (const query of ['{ stats { nodes } }', '{ health { ok } }']) {
      await ask(query);
      expect((await ask(query)).roundTrips).toBeGreaterThan(0);
    }
  });

  it('never caches an answer with errors', async () => {
    const bad = '{ neighborhood(of: { id: "town:no-such-town" }, depth: 1) { nodes { id } } }';
    const first = await ask(bad);
    const again = await ask(bad);
    expect(again.body).toEqual(first.body);
    expect(again.roundTrips).toBeGreaterThan(0);
  });
});

describe('QUERY_CACHE_SECONDS=0', () => {
  let app: App;
  beforeAll(async () => {
    app = await startApp(configForTestDatabase({ QUERY_CACHE_SECONDS: '0' }), createLogger('warn'));
  });
  afterAll(() => app?.stop());

  it('asks the database for every query', async () => {
    await postGraphQL(app.api.url, TOWNS);
    const before = app.repository.queryCount;
    await postGraphQL(app.api.url, TOWNS);
    expect(app.repository.queryCount).toBeGreaterThan(before);
  });
});
