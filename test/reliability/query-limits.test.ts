/**
 * Queries the API must refuse, each with a clear GraphQL error and HTTP status, while it
 * keeps serving: too deep, too costly, too many aliases, page sizes past the limit, huge
 * strings, malformed variables and bodies, unknown ids. And a slow statement is stopped
 * by the transaction timeout (NEO4J_TX_TIMEOUT_SECONDS) and reported as QUERY_TIMEOUT.
 */
import 'reflect-metadata';
import { GraphQLError } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type App } from '../../src/app.js';
import { formatError } from '../../src/api/errors.js';
import { createLogger } from '../../src/logger.js';
import { configForTestDatabase } from '../support/graph.js';
import { startSeededApp } from '../api/seeded-app.js';

interface Answer {
  status: number;
  body: {
    data?: Record<string, unknown> | null;
    errors?: { message: string; extensions?: { code?: string } }[];
    error?: string;
  };
}

async function postRaw(url: string, body: string): Promise<Answer> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  return { status: response.status, body: (await response.json()) as Answer['body'] };
}

const post = (url: string, query: string, variables: Record<string, unknown> = {}) =>
  postRaw(url, JSON.stringify({ query, variables }));

/** The first error as the caller reads it: status, code and message. */
const firstError = (a: Answer) => ({
  status: a.status,
  code: a.body.errors?.[0]?.extensions?.code,
  message: a.body.errors?.[0]?.message,
});

/** The refusal of a query over the cost limit (plugins/query-cost.ts), as the caller reads it. */
const overCost = (found: number) =>
  `Query cost limit of 200000 exceeded, found ${found}: each list counts the items it may return ` +
  '(its first or limit) for every item of the lists around it; ask for fewer items in the nested lists.';

describe('query limits', () => {
  let app: App;
  const ask = (query: string, variables: Record<string, unknown> = {}) => post(app.api.url, query, variables);

  /** After every refusal the server still answers a plain query. */
  const stillServing = async () => {
    const answer = await ask('{ stats { nodes } }');
    expect(answer.status).toBe(200);
    expect(answer.body.data).toEqual({ stats: { nodes: 357 } });
  };

  beforeAll(async () => {
    app = await startSeededApp();
  });
  afterAll(() => app?.stop());

  it('refuses a query deeper than 12 levels before running it', async () => {
    const nest = (levels: number) => {
      let query = 'name';
      for (let i = 0; i < levels; i++) query = `parent { ${query} }`;
      return `{ town(name: "跃进村") { ${query} } }`;
    };
    const deeper = await ask(nest(13));
    expect(deeper).toEqual({
      status: 400,
      body: {
        errors: [
          { message: 'Query depth limit of 12 exceeded, found 15.', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } },
        ],
      },
    });
    // Thirty levels of single objects cost little (one round trip each): depth refuses them.
    const deep = await ask(nest(30));
    expect(deep.status).toBe(400);
    expect(deep.body.errors?.map((e) => e.message)).toEqual(['Query depth limit of 12 exceeded, found 32.']);
    await stillServing();
  });

  it('refuses a query whose cost is over the limit, and one of over 2000 tokens', async () => {
    const costly = await ask(
      '{ towns(first: 100) { nodes { units(first: 500) { campaigns { campaign { towns { town { name } } } } } } } }',
    );
    expect(firstError(costly)).toEqual({
      status: 400,
      code: 'GRAPHQL_VALIDATION_FAILED',
      // 100 towns × 500 units × 50 campaigns × 50 towns, and the levels between.
      message: overCost(127_550_107),
    });
    // A page size in a variable costs what the variable says.
    const variable = await ask('query($f: Int!) { towns(first: $f) { nodes { units(first: $f) { name } } } }', {
      f: 500,
    });
    expect(firstError(variable)).toEqual({
      status: 400,
      code: 'GRAPHQL_VALIDATION_FAILED',
      message: overCost(250_503),
    });
    const tokens = await ask(`{ ${'__typename '.repeat(2100)} }`);
    expect(firstError(tokens)).toEqual({
      status: 400,
      code: 'GRAPHQL_PARSE_FAILED',
      message: 'Syntax Error: Document contains more that 2000 tokens. Parsing aborted.',
    });
    await stillServing();
  });

  it('refuses 200 aliases', async () => {
    const aliases = Array.from({ length: 200 }, (_, i) => `a${i}: stats { nodes }`).join(' ');
    const answer = await ask(`{ ${aliases} }`);
    expect(firstError(answer)).toEqual({
      status: 400,
      code: 'GRAPHQL_VALIDATION_FAILED',
      message: 'Aliases limit of 30 exceeded, found 200.',
    });
    await stillServing();
  });

  it('refuses first: 1000000000 (by cost), first: 10000000000 (not an Int) and first: 501 on a relationship', async () => {
    const billion = await ask('{ towns(first: 1000000000) { nodes { name } } }');
    expect(firstError(billion)).toEqual({
      status: 400,
      code: 'GRAPHQL_VALIDATION_FAILED',
      message: overCost(1_000_000_002),
    });
    const notInt = await ask('{ towns(first: 10000000000) { nodes { name } } }');
    expect(notInt.status).toBe(400);
    expect(notInt.body.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([
      ['GRAPHQL_VALIDATION_FAILED', 'Int cannot represent non 32-bit signed integer value: 10000000000'],
    ]);
    const related = await ask('{ town(name: "双辽市") { units(first: 1000000000) { name } } }');
    expect(firstError(related)).toEqual({
      status: 400,
      code: 'GRAPHQL_VALIDATION_FAILED',
      message: overCost(1_000_000_002),
    });
    // Within the cost limit, the argument's own bound answers.
    const over = await ask('{ town(name: "双辽市") { units(first: 501) { name } } }');
    expect(firstError(over)).toEqual({
      status: 200,
      code: 'BAD_USER_INPUT',
      message: 'Invalid argument: first must not be greater than 500',
    });
    expect(over.body.data).toEqual({ town: null });
    await stillServing();
  });

  it('refuses a 1 MB string argument, inline and as a variable', async () => {
    const huge = '双'.repeat(350_000);
    const inline = await ask(`{ search(text: ${JSON.stringify(huge)}) { type } }`);
    expect(firstError(inline)).toEqual({
      status: 200,
      code: 'BAD_USER_INPUT',
      message: 'Invalid argument: text must be shorter than or equal to 200 characters',
    });
    const variable = await ask('query($name: String!) { town(name: $name) { id } }', { name: huge });
    expect(firstError(variable)).toEqual({
      status: 200,
      code: 'BAD_USER_INPUT',
      message: 'Invalid argument: name must be shorter than or equal to 200 characters',
    });
    await stillServing();
  });

  it('refuses malformed variables and bodies', async () => {
    const wrongType = await ask('query($first: Int!) { towns(first: $first) { totalCount } }', { first: 'ten' });
    expect(firstError(wrongType)).toEqual({
      status: 400,
      code: 'BAD_USER_INPUT',
      message: 'Variable "$first" got invalid value "ten"; Int cannot represent non-integer value: "ten"',
    });
    const missing = await ask('query($first: Int!) { towns(first: $first) { totalCount } }');
    expect(firstError(missing)).toEqual({
      status: 400,
      code: 'BAD_USER_INPUT',
      message: 'Variable "$first" of required type "Int!" was not provided.',
    });
    const notAnObject = await postRaw(app.api.url, JSON.stringify({ query: '{ stats { nodes } }', variables: [1] }));
    expect(firstError(notAnObject)).toEqual({
      status: 400,
      code: 'BAD_REQUEST',
      message: '`variables` in a POST body must be an object if provided.',
    });
    const notJson = await postRaw(app.api.url, '{"query": "{ stats { nodes } }"');
    expect(notJson).toEqual({ status: 400, body: { error: 'Request body is not valid JSON' } });
    const noQuery = await postRaw(app.api.url, JSON.stringify({ variables: {} }));
    expect(firstError(noQuery)).toEqual({
      status: 400,
      code: 'BAD_REQUEST',
      message: 'GraphQL operations must contain a non-empty `query` or a `persistedQuery` extension.',
    });
    const syntax = await ask('{ stats { nodes }');
    expect(firstError(syntax)).toMatchObject({ status: 400, code: 'GRAPHQL_PARSE_FAILED' });
    expect(firstError(syntax).message).toMatch(/^Syntax Error: Expected Name, found <EOF>\./);
    await stillServing();
  });

  it('answers null for an unknown id or name, and BAD_USER_INPUT where a node is required', async () => {
    const lookups = await ask(`{
      node(id: "town:nowhere") { id }
      other: node(id: "no-prefix-at-all") { id }
      long: node(id: "town:${'x'.repeat(5000)}") { id }
      town(name: "无此镇") { id }
      unit(name: "无此单位") { id }
      campaign(name: "无此活动") { id }
      reporter(name: "无此人") { id }
      person(name: "无此人") { id }
    }`);
    expect(lookups).toEqual({
      status: 200,
      body: {
        data: {
          node: null,
          other: null,
          long: null,
          town: null,
          unit: null,
          campaign: null,
          reporter: null,
          person: null,
        },
      },
    });
    const path = await ask('{ path(from: { id: "town:nowhere" }, to: { id: "town:220382" }) { length } }');
    expect(firstError(path)).toEqual({
      status: 200,
      code: 'BAD_USER_INPUT',
      message: 'from: no node with id "town:nowhere"',
    });
    const timeline = await ask('{ timeline(of: { id: "unit:无此单位" }) { date } }');
    expect(firstError(timeline)).toEqual({
      status: 200,
      code: 'BAD_USER_INPUT',
      message: 'of: no node with id "unit:无此单位"',
    });
    const neighborhood = await ask('{ neighborhood(of: { type: TOWN, name: "无此镇" }) { nodes { id } } }');
    expect(firstError(neighborhood)).toEqual({
      status: 200,
      code: 'BAD_USER_INPUT',
      message: 'of: no Town called "无此镇"',
    });
    await stillServing();
  });
});

/**
 * The public operation that can be made slow on a small graph is `path`: a lattice of
 * towns with width^layers shortest paths between its ends and a maxHops below their
 * length makes path.cypher enumerate every one of them. But Neo4j's allShortestPaths does
 * not check for termination while it enumerates: with 10^9 paths the transaction was
 * marked timed out after 1 s and still ran 10 minutes later (reported; the statement can
 * take `LIMIT $first` before the hop filter, since all shortest paths have one length).
 * So the timeout is shown on a statement that is slow on any graph, run the way every
 * service statement runs (GraphRepository, with the configured timeout).
 */
describe('the transaction timeout', () => {
  let app: App;

  beforeAll(async () => {
    app = await startApp(configForTestDatabase({ NEO4J_TX_TIMEOUT_SECONDS: '1' }), createLogger('silent'));
  });
  afterAll(() => app?.stop());

  it('stops a slow statement within about the timeout, reported as QUERY_TIMEOUT, and the API still answers', async () => {
    const started = performance.now();
    const error = await app.repository.read('fixtures/slow-count', { n: 1_000_000_000 }).then(
      () => null,
      (e: unknown) => e as Error & { code?: string },
    );
    const elapsed = performance.now() - started;
    expect(error?.code).toBe('Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration');
    expect(elapsed).toBeLessThan(6_000);
    // What a caller of the API sees for it.
    const formatted = formatError(1)(
      { message: error!.message },
      new GraphQLError(error!.message, { originalError: error!, path: ['x'] }),
    );
    expect(formatted).toMatchObject({
      message:
        'The query ran longer than the database time limit (1 s) and was stopped; ask for less (smaller first, depth or maxHops)',
      extensions: { code: 'QUERY_TIMEOUT' },
    });
    const next = await post(app.api.url, '{ health { ok } }');
    expect(next).toEqual({ status: 200, body: { data: { health: { ok: true } } } });
  });
});
