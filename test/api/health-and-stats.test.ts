import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type App } from '../../src/app.js';
import { createLogger } from '../../src/logger.js';
import { configForTestDatabase, emptyGraph } from '../support/graph.js';
import { postGraphQL } from '../support/http.js';

describe('health and stats over GraphQL, from the real Neo4j', () => {
  let app: App;

  beforeAll(async () => {
    app = await startApp(configForTestDatabase(), createLogger('warn'));
    await emptyGraph(app.repository);
  });
  afterAll(() => app?.stop());

  it('reports the database reachable with its version', async () => {
    const body = await postGraphQL(app.api.url, '{ health { ok database { reachable version edition error } } }');
    expect(body).toEqual({
      data: {
        health: { ok: true, database: { reachable: true, version: '5.26.30', edition: 'community', error: null } },
      },
    });
  });

  it('counts nothing in an empty graph', async () => {
    const body = await postGraphQL(
      app.api.url,
      '{ stats { nodes relationships labels { name count } relationshipTypes { name count } } }',
    );
    expect(body).toEqual({ data: { stats: { nodes: 0, relationships: 0, labels: [], relationshipTypes: [] } } });
  });

  it('counts nodes per label and relationships per type', async () => {
    await app.repository.write('fixtures/tiny-graph');
    const body = await postGraphQL(
      app.api.url,
      '{ stats { nodes relationships labels { name count } relationshipTypes { name count } } }',
    );
    expect(body).toEqual({
      data: {
        stats: {
          nodes: 5,
          relationships: 4,
          labels: [
            { name: 'Campaign', count: 1 },
            { name: 'Town', count: 3 },
            { name: 'Unit', count: 1 },
          ],
          relationshipTypes: [
            { name: 'BASED_IN', count: 1 },
            { name: 'PART_OF', count: 2 },
            { name: 'RUNS', count: 1 },
          ],
        },
      },
    });
  });

  it('answers GET /healthz with 200 and the database version', async () => {
    const response = await fetch(app.api.url.replace('/graphql', '/healthz'));
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ ok: true, database: { reachable: true, version: '5.26.30' } });
  });

  it('answers an unknown path with 404 and says where the API is', async () => {
    const response = await fetch(app.api.url.replace('/graphql', '/nowhere'));
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: 'Nothing at /nowhere; the API is at /graphql' });
  });

  it('keeps CSRF prevention on: a simple GET query without a preflight header is refused', async () => {
    const response = await fetch(`${app.api.url}?query=${encodeURIComponent('{ health { ok } }')}`);
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('CSRF');
  });

  it('refuses a body that is not JSON with 400', async () => {
    const response = await fetch(app.api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query":',
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: 'Request body is not valid JSON' });
  });
});
