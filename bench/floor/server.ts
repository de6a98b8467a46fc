import neo4j, { type Driver } from 'neo4j-driver';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import { cypher } from '../../src/db/cypher-files.js';
import { campaignKey, compact, reporterKey } from '../../src/graph/keys.js';
import { luceneQuery } from '../../src/services/explore-service.js';

/**
 * The FLOOR of the query bench: what the database work of each bench operation costs with
 * no GraphQL on top. Per operation it runs the very statements our resolvers run for that
 * GraphQL query (the same `cypher/**` files, the same parameters, the same round trips in
 * the same order — sequential where a resolver waits for its parent, parallel where
 * DataLoaders of one level dispatch together) through `neo4j-driver` `executeQuery` with
 * READ routing, and answers the rows as JSON. GraphQL ÷ floor is then what our layer costs.
 *
 * Routes: POST /<operation> with the operation's parameters as a JSON body (see
 * bench/operations.ts `request('floor', …)`); GET /healthz.
 */

type Row = Record<string, unknown>;
type Handler = (params: Row) => Promise<unknown>;

/** LIMIT and SKIP refuse floats; the API sends integers the same way (graph-service `int`). */
const int = (n: unknown) => neo4j.int(Math.trunc(Number(n)));

export function floorOperations(driver: Driver, database?: string): Record<string, Handler> {
  let queries = 0;
  const read = async (name: string, params: Row): Promise<Row[]> => {
    queries++;
    const result = await driver.executeQuery(cypher(name), params, { database, routing: neo4j.routing.READ });
    return result.records.map((record) => record.toObject());
  };
  /** As ExploreService.byName → GraphService.nodeByName: the name and the keys ingest would give it. */
  const byName = async (label: string, name: string, keys: string[]): Promise<Row | null> => {
    const [row] = await read(`queries/graph/node-by-name/${label.toLowerCase()}`, { name, keys: [name, ...keys] });
    return row ? { ...(row.node as Row), elementId: row.elementId } : null;
  };
  /** As GraphService.related for one key (a DataLoader batch of one). */
  const related = async (relation: string, key: string, first: unknown, extra: Row = {}): Promise<unknown[]> => {
    const rows = await read(`queries/related/${relation}`, { ...extra, keys: [key], limit: int(first) });
    return (rows[0]?.items as unknown[]) ?? [];
  };
  /** As ExploreService.resolve({ id }) → GraphService.nodesById([id]). */
  const byId = async (id: string): Promise<Row | null> => {
    const [row] = await read('queries/graph/nodes-by-id', { ids: [id] });
    return row ? { ...(row.node as Row), elementId: row.elementId } : null;
  };

  return {
    async 'town-campaigns'({ name, first }) {
      const town = await byName('Town', String(name), [`town:${compact(String(name))}`]);
      if (!town) return { town: null, campaigns: [] };
      // The peer counts HELD_IN of the town itself, so every target is asked for the town alone.
      return { town, campaigns: await related('town-campaigns', String(town.key), first, { subTowns: false }) };
    },
    async 'campaign-towns-units'({ name, first }) {
      const campaign = await byName('Campaign', String(name), [campaignKey(String(name))]);
      if (!campaign) return { campaign: null, towns: [], units: [] };
      const key = String(campaign.key);
      const [towns, units] = await Promise.all([
        related('campaign-towns', key, first),
        related('campaign-units', key, first),
      ]);
      return { campaign, towns, units };
    },
    async 'reporter-coverage'({ name, first }) {
      const reporter = await byName('Reporter', String(name), [reporterKey(String(name))]);
      if (!reporter) return { reporter: null, towns: [], articles: [] };
      const key = String(reporter.key);
      const [towns, articles] = await Promise.all([
        related('reporter-towns', key, first),
        related('reporter-articles', key, first, { role: null }),
      ]);
      return { reporter, towns, articles };
    },
    async neighborhood({ id, depth, limit }) {
      // As ExploreService.neighborhood given an id: the walk finds its start itself.
      const [graph] = await read('queries/graph/neighborhood', {
        node: id,
        depth: int(depth),
        limit: int(limit),
        types: null,
      });
      return graph ?? (await byId(String(id)));
    },
    async path({ from, to, maxHops, first }) {
      // As ExploreService.paths given two ids: one walk; the ends are looked up only when it finds nothing.
      // The bench's path query asks for no articles or pages of edges: no evidence lists.
      const paths = await read('queries/graph/path', {
        from,
        to,
        maxHops: int(maxHops),
        first: int(first),
        evidence: false,
      });
      if (paths.length > 0) return paths;
      await Promise.all([byId(String(from)), byId(String(to))]);
      return [];
    },
    async search({ text, first }) {
      return read('queries/graph/search', { query: luceneQuery(String(text)), types: null, first: int(first) });
    },
    async 'articles-page'({ campaign, first }) {
      // As the articles resolver: the page (one more row, to know hasNextPage), then totalCount.
      const filter = {
        titleContains: null,
        kind: null,
        from: null,
        to: null,
        within: null,
        campaign,
        unit: null,
        reporter: null,
      };
      const rows = await read('queries/list/articles', {
        ...filter,
        sort: 'DATE',
        desc: false,
        skip: int(0),
        first: int(Number(first) + 1),
      });
      const [count] = await read('queries/list/articles-count', filter);
      return {
        nodes: rows.slice(0, Number(first)),
        hasNextPage: rows.length > Number(first),
        totalCount: count?.total ?? 0,
      };
    },
    async stats() {
      return { queries };
    },
  };
}

function readJson(request: IncomingMessage): Promise<Row> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      try {
        const text = Buffer.concat(chunks).toString('utf8');
        resolve(text ? (JSON.parse(text) as Row) : {});
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
    request.on('error', reject);
  });
}

function send(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  response.end(text);
}

export async function startFloor(options: {
  bolt: string;
  port: number;
  username?: string;
  password?: string;
  database?: string;
}): Promise<{ url: string; server: Server; driver: Driver; close(): Promise<void> }> {
  const auth = options.password ? neo4j.auth.basic(options.username ?? 'neo4j', options.password) : undefined;
  // The same driver settings as the API (src/db/database.ts).
  const driver = neo4j.driver(options.bolt, auth, {
    disableLosslessIntegers: true,
    connectionAcquisitionTimeout: 30_000,
    maxConnectionPoolSize: 100,
  });
  await driver.verifyConnectivity();
  const operations = floorOperations(driver, options.database);
  const server = createServer((request, response) => {
    const name = (request.url ?? '/').slice(1).split('?')[0]!;
    if (request.method === 'GET' && name === 'healthz') return send(response, 200, { ok: true });
    const handler = operations[name];
    if (request.method !== 'POST' || !handler) return send(response, 404, { error: `no operation ${name}` });
    readJson(request)
      .then((params) => handler(params))
      .then(
        (result) => send(response, 200, result),
        (error: unknown) => send(response, 500, { error: error instanceof Error ? error.message : String(error) }),
      );
  });
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve) => server.listen(options.port, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    server,
    driver,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await driver.close();
    },
  };
}

/** `node dist/bench/floor/server.js --bolt bolt://… --port 4741`: serves until killed. */
async function main(argv: string[]): Promise<void> {
  const flag = (name: string, fallback?: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : fallback;
  };
  const floor = await startFloor({
    bolt: flag('bolt', process.env.NEO4J_URI ?? 'bolt://127.0.0.1:7687')!,
    port: Number(flag('port', '0')),
    username: process.env.NEO4J_USERNAME,
    password: process.env.NEO4J_PASSWORD,
    database: process.env.NEO4J_DATABASE,
  });
  process.stdout.write(`floor listening ${floor.url}\n`);
  const stop = () => void floor.close().then(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    process.stderr.write(`floor: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
