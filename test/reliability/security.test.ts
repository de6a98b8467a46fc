import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import type { GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices } from '../../src/app.js';
import { BODY_LIMIT_BYTES, startApi, type RunningApi } from '../../src/api/http/server.js';
import { buildApiSchema } from '../../src/api/schema.js';
import { ConfigError, loadConfig } from '../../src/config/config.js';
import type { Database } from '../../src/db/database.js';
import type { GraphRepository } from '../../src/db/graph-repository.js';
import { createLogger } from '../../src/logger.js';
import { configForTestDatabase, emptyGraph, openTestGraph } from '../support/graph.js';
import { postGraphQL } from '../support/http.js';

/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL answers are checked field by field */

const TOKEN = 'security-test-token-7f3a9c2e51';
const WRONG_TOKEN = 'security-test-token-WRONG-0000';
const INTROSPECTION = '{ __schema { queryType { name } } }';
const INGEST = 'mutation ($text: String!) { ingestPage(text: $text, source: "900_security.txt") { status articles } }';

let database: Database;
let repository: GraphRepository;
let schema: GraphQLSchema;
const running: RunningApi[] = [];

/** An API on the shared test database with these settings; its log lines are collected in `logs`. */
async function api(env: Record<string, string>, logs: string[] = []): Promise<RunningApi> {
  const config = configForTestDatabase({ API_TOKEN: TOKEN, ...env });
  const log = createLogger(config.logLevel, (line) => logs.push(line));
  const started = await startApi({
    config,
    schema,
    services: createServices(repository, config),
    log,
    writeGeneration: () => repository.writeGeneration,
  });
  running.push(started);
  return started;
}

beforeAll(async () => {
  ({ database, repository } = await openTestGraph());
  await emptyGraph(repository);
  schema = await buildApiSchema();
});
afterAll(async () => {
  for (const server of running) await server.close();
  await emptyGraph(repository);
  await database?.close();
});

describe('production mode', () => {
  it('turns introspection, field suggestions and the playground off', async () => {
    const { url } = await api({ NODE_ENV: 'production' });
    const introspection = (await postGraphQL(url, INTROSPECTION)) as any;
    expect(introspection.data).toBeUndefined();
    expect(introspection.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(introspection.errors[0].message).toContain('introspection');

    const typo = (await postGraphQL(url, '{ healt { ok } }')) as any;
    expect(typo.errors[0].message).not.toContain('Did you mean');
    // graphql-js's own hints too: an enum value, an argument.
    const enumTypo = (await postGraphQL(
      url,
      '{ town(name: "x") { id } neighborhood(of: { type: TOWNS, name: "x" }) { nodes { id } } }',
    )) as any;
    expect(enumTypo.errors.map((e: any) => e.message)).toEqual(['Value "TOWNS" does not exist in "NodeType" enum.']);
    const argTypo = (await postGraphQL(url, '{ town(nam: "x") { id } }')) as any;
    expect(argTypo.errors.map((e: any) => e.message)).toEqual([
      'Unknown argument "nam" on field "Query.town".',
      'Field "town" argument "name" of type "String!" is required, but it was not provided.',
    ]);

    const page = await fetch(url, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(404);
    expect(await page.json()).toEqual({
      error: 'The GraphiQL playground is off (it is by default in production); GRAPHQL_PLAYGROUND=true serves it',
    });
  });

  it('serves introspection and the playground when GRAPHQL_INTROSPECTION and GRAPHQL_PLAYGROUND say so', async () => {
    const { url } = await api({ NODE_ENV: 'production', GRAPHQL_INTROSPECTION: 'true', GRAPHQL_PLAYGROUND: 'true' });
    expect(await postGraphQL(url, INTROSPECTION)).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
    const page = await fetch(url, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
  });

  it('keeps both on in development unless switched off', async () => {
    const development = await api({ NODE_ENV: 'development' });
    expect(await postGraphQL(development.url, INTROSPECTION)).toEqual({
      data: { __schema: { queryType: { name: 'Query' } } },
    });
    const off = await api({ NODE_ENV: 'development', GRAPHQL_INTROSPECTION: 'false', GRAPHQL_PLAYGROUND: 'false' });
    expect(((await postGraphQL(off.url, INTROSPECTION)) as any).errors[0].extensions.code).toBe(
      'GRAPHQL_VALIDATION_FAILED',
    );
    expect((await fetch(off.url, { headers: { accept: 'text/html' } })).status).toBe(404);
  });

  it('refuses a switch that is not true or false, and an origin that is not one', () => {
    const problems = (env: Record<string, string>) => {
      try {
        loadConfig(env);
        return [];
      } catch (error) {
        return (error as ConfigError).problems;
      }
    };
    expect(problems({ GRAPHQL_INTROSPECTION: 'maybe' })).toEqual([
      'GRAPHQL_INTROSPECTION="maybe": must be true or false',
    ]);
    expect(problems({ CORS_ORIGINS: 'https://ok.example, evil.example/path' })).toEqual([
      'CORS_ORIGINS=["https://ok.example","evil.example/path"]: must be a comma list of origins such as https://news.example.org,http://localhost:5173 (or *)',
    ]);
    expect(loadConfig({ CORS_ORIGINS: ' https://a.example ,http://localhost:5173,' }).corsOrigins).toEqual([
      'https://a.example',
      'http://localhost:5173',
    ]);
  });
});

describe('CORS', () => {
  const preflight = (url: string, origin: string) =>
    fetch(url, {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
  const query = (url: string, origin: string) =>
    fetch(url, {
      method: 'POST',
      headers: { origin, 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ health { ok } }' }),
    });

  it('is same-origin only by default: no origin gets Access-Control-Allow-Origin', async () => {
    const { url } = await api({});
    const refused = await preflight(url, 'https://elsewhere.example');
    expect(refused.status).toBe(403);
    expect(refused.headers.get('access-control-allow-origin')).toBeNull();
    const answered = await query(url, 'https://elsewhere.example');
    expect(answered.status).toBe(200); // the server answers; the browser withholds it from the page
    expect(answered.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('answers the preflight of a listed origin and marks its answers readable; other origins get nothing', async () => {
    const { url } = await api({ CORS_ORIGINS: 'https://news.example.org,http://localhost:5173' });
    const granted = await preflight(url, 'http://localhost:5173');
    expect(granted.status).toBe(204);
    expect(granted.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(granted.headers.get('access-control-allow-methods')).toBe('GET, POST, OPTIONS');
    expect(granted.headers.get('access-control-allow-headers')).toBe(
      'content-type, authorization, apollo-require-preflight, x-apollo-operation-name',
    );
    expect(granted.headers.get('vary')).toBe('Origin');
    const answered = await query(url, 'https://news.example.org');
    expect(answered.headers.get('access-control-allow-origin')).toBe('https://news.example.org');
    expect(answered.headers.get('vary')).toMatch(/^Origin\b/);
    expect(await answered.json()).toEqual({ data: { health: { ok: true } } });

    const refused = await preflight(url, 'https://news.example.org.evil.example');
    expect(refused.status).toBe(403);
    expect(refused.headers.get('access-control-allow-origin')).toBeNull();
    expect((await query(url, 'https://evil.example')).headers.get('access-control-allow-origin')).toBeNull();
  });

  it('allows every origin with *', async () => {
    const { url } = await api({ CORS_ORIGINS: '*' });
    const granted = await preflight(url, 'https://any.example');
    expect(granted.status).toBe(204);
    expect(granted.headers.get('access-control-allow-origin')).toBe('https://any.example');
  });
});

describe('CSRF prevention and the body limit', () => {
  it('refuses requests a browser could send cross-site without a preflight', async () => {
    const { url } = await api({});
    const get = await fetch(`${url}?query=${encodeURIComponent('{ health { ok } }')}`);
    expect(get.status).toBe(400);
    expect(await get.text()).toContain('CSRF');
    const form = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: '{ health { ok } }' }),
    });
    expect(form.status).toBe(400);
    expect(await form.text()).toContain('CSRF');
    // A client that says it is not a browser form (custom header) is served.
    const client = await fetch(`${url}?query=${encodeURIComponent('{ health { ok } }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(await client.json()).toEqual({ data: { health: { ok: true } } });
  });

  it('refuses a body over the limit with 413 before reading it all', async () => {
    const { url } = await api({});
    const big = JSON.stringify({ query: '{ health { ok } }', variables: { pad: 'x'.repeat(BODY_LIMIT_BYTES) } });
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: big });
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ error: `Request body larger than ${BODY_LIMIT_BYTES} bytes` });
  });
});

describe('the API token', () => {
  const text = readFileSync('seeds/002_2575e84d6e1eb83a.txt', 'utf8');

  it('is required for mutations: none or a wrong one is refused, the right one loads the page', async () => {
    const { url } = await api({});
    const none = (await postGraphQL(url, INGEST, { text })) as any;
    expect(none.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const wrong = (await postGraphQL(url, INGEST, { text }, { authorization: `Bearer ${WRONG_TOKEN}` })) as any;
    expect(wrong.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const scheme = (await postGraphQL(url, INGEST, { text }, { authorization: `Basic ${TOKEN}` })) as any;
    expect(scheme.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(await postGraphQL(url, '{ stats { nodes } }')).toEqual({ data: { stats: { nodes: 0 } } });

    const right = (await postGraphQL(url, INGEST, { text }, { authorization: `Bearer ${TOKEN}` })) as any;
    expect(right).toEqual({ data: { ingestPage: { status: 'loaded', articles: right.data.ingestPage.articles } } });
    expect(right.data.ingestPage.articles).toBeGreaterThan(0);
  });

  it('refuses every mutation when the server has no token', async () => {
    const { url } = await api({ API_TOKEN: '' });
    const body = (await postGraphQL(url, INGEST, { text }, { authorization: `Bearer ${TOKEN}` })) as any;
    expect(body.errors[0]).toMatchObject({
      message: 'Mutations are disabled: the server has no API_TOKEN configured',
      extensions: { code: 'FORBIDDEN' },
    });
  });

  it('never appears in the logs, even at debug level and on failures', async () => {
    const logs: string[] = [];
    const { url } = await api({ LOG_LEVEL: 'debug' }, logs);
    await postGraphQL(url, INGEST, { text }, { authorization: `Bearer ${TOKEN}` });
    await postGraphQL(url, INGEST, { text }, { authorization: `Bearer ${WRONG_TOKEN}` });
    await postGraphQL(url, '{ nope }', {}, { authorization: `Bearer ${WRONG_TOKEN}` });
    await fetch(url, {
      method: 'POST',
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
      body: '{"query":',
    });
    const written = logs.join('');
    expect(
      logs
        .map((line) => line.replace(/^\[[\w-]+\] /, '').replace(/ [\d.]+ ms/, ''))
        .filter((line) => line.startsWith('POST /graphql ')),
    ).toEqual([
      'POST /graphql 200 (bearer token valid)\n',
      'POST /graphql 200 (bearer token refused)\n',
      'POST /graphql 400 (bearer token refused)\n',
      'POST /graphql 400 (bearer token valid)\n',
    ]);
    expect(written).not.toContain(TOKEN);
    expect(written).not.toContain(WRONG_TOKEN);
    expect(written).not.toContain('security-test-token');
  });
});

/** A raw connection to the API: what it sends, and everything it got back until closed. */
function rawConnection(url: string): { socket: Socket; received: Promise<{ data: string; closedAfterMs: number }> } {
  const { hostname, port } = new URL(url);
  const socket = connect({ host: hostname, port: Number(port) });
  const opened = Date.now();
  let data = '';
  socket.on('data', (chunk) => (data += chunk.toString()));
  const received = new Promise<{ data: string; closedAfterMs: number }>((resolve) =>
    socket.once('close', () => resolve({ data, closedAfterMs: Date.now() - opened })),
  );
  socket.on('error', () => {});
  return { socket, received };
}

describe('slow and many clients', () => {
  it('cuts off a client that sends its body too slowly (408), within the request timeout', async () => {
    const { url } = await api({ HTTP_REQUEST_TIMEOUT_SECONDS: '2' });
    const { socket, received } = rawConnection(url);
    socket.write(
      'POST /graphql HTTP/1.1\r\nHost: localhost\r\ncontent-type: application/json\r\ncontent-length: 1000\r\n\r\n{"query":',
    );
    // A byte a second: each keeps the socket busy, none finishes the request.
    const trickle = setInterval(() => socket.writable && socket.write(' '), 1000);
    const { data, closedAfterMs } = await received;
    clearInterval(trickle);
    expect(data).toMatch(/^HTTP\/1\.1 408 /);
    expect(closedAfterMs).toBeGreaterThanOrEqual(1900);
    expect(closedAfterMs).toBeLessThan(4500);
  });

  it('serves at most HTTP_MAX_CONNECTIONS clients at once and refuses the next', async () => {
    const { url } = await api({ HTTP_MAX_CONNECTIONS: '2' });
    const held = [rawConnection(url), rawConnection(url)];
    await new Promise((r) => setTimeout(r, 300));
    const refused = rawConnection(url);
    const { data, closedAfterMs } = await refused.received;
    expect(data).toBe('');
    expect(closedAfterMs).toBeLessThan(2000);
    for (const c of held) c.socket.destroy();
    // Once they are gone, a client is served again.
    await new Promise((r) => setTimeout(r, 300));
    expect(await postGraphQL(url, '{ health { ok } }')).toMatchObject({ data: { health: { ok: true } } });
  });
});
