import { ApolloServer, HeaderMap, type ApolloServerPlugin, type HTTPGraphQLRequest } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLSchema } from 'graphql';
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { introspectionEnabled, playgroundEnabled, type Config } from '../../config/config.js';
import type { Logger } from '../../logger.js';
import { bearerMatches } from '../../services/auth.js';
import { Loaders } from '../../services/loaders.js';
import type { ApiContext, Services } from '../context.js';
import { formatError } from '../errors.js';
import { errorLogPlugin } from '../plugins/error-log.js';
import { queryCostPlugin } from '../plugins/query-cost.js';
import { readCachePlugins } from '../plugins/read-cache/read-cache.js';
import { applyCors } from './cors.js';
import { withDatabaseUnavailable } from './database-errors.js';
import { graphiqlPage } from './graphiql.js';
import { serveExplore } from './explore-route.js';
import { HttpError, parseBody, readBody } from './read-body.js';

/** Largest request body accepted: a generous page of text for the ingest mutation. */
export const BODY_LIMIT_BYTES = 2 * 1024 * 1024;

/**
 * Limits every operation must pass before it runs (graphql-armor validation rules, and the
 * cost of plugins/query-cost.ts: the rows its lists may return, plus one per field that
 * makes a round trip); each refusal is a GRAPHQL_VALIDATION_FAILED error that names the
 * limit and what was found. Page sizes (`first`) are capped by the argument validators,
 * and every database call by the Neo4j transaction timeout (NEO4J_TX_TIMEOUT_SECONDS).
 */
export const QUERY_LIMITS = {
  maxDepth: 12,
  maxAliases: 30,
  maxCost: 200_000,
  maxTokens: 2000,
  maxDirectives: 20,
} as const;

/** Root fields that report the database as it is now; their answers are never cached. */
export const LIVE_FIELDS = ['health', 'stats'] as const;

export interface RunningApi {
  url: string;
  port: number;
  httpServer: Server;
  close(): Promise<void>;
}

/**
 * Serves the GraphQL API on Node's own HTTP server (no framework needed for a few
 * routes): POST/GET /graphql, and GET /healthz for load balancers and probes.
 */
export async function startApi(options: {
  config: Config;
  schema: GraphQLSchema;
  services: Services;
  log: Logger;
  /** Moves on with every write to the graph from this process (GraphRepository.writeGeneration). */
  writeGeneration: () => number;
}): Promise<RunningApi> {
  const { config, schema, services, log } = options;
  const production = config.nodeEnv === 'production';
  const httpServer = createServer({
    // A whole request (headers and body) within HTTP_REQUEST_TIMEOUT_SECONDS, headers within
    // at most 10 s of it: a client trickling bytes is cut off instead of holding a connection.
    requestTimeout: config.httpRequestTimeoutSeconds * 1000,
    headersTimeout: Math.min(10, config.httpRequestTimeoutSeconds) * 1000,
    // How often those limits are checked (Node's default, 30 s, would let a 2 s limit run 30 s).
    connectionsCheckingInterval: 1000,
  });
  httpServer.maxConnections = config.httpMaxConnections;
  const armor = new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth, ignoreIntrospection: true, exposeLimits: true },
    maxAliases: { n: QUERY_LIMITS.maxAliases, exposeLimits: true },
    // Our own cost model replaces armor's, which counted scalars and read `first: $n` as 1.
    costLimit: { enabled: false },
    // graphql-armor's token limit throws inside Apollo's parsing hook, which turned every
    // syntax error into a 500; graphql-js's own parser limit (parseOptions below) answers 400.
    maxTokens: { enabled: false },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives, exposeLimits: true },
    // Suggestions ("did you mean …") would leak the schema's shape that introspection hides.
    blockFieldSuggestion: { enabled: !introspectionEnabled(config) },
  }).protect();
  const format = withDatabaseUnavailable(
    formatError(config.neo4jTxTimeoutSeconds, { hideSuggestions: !introspectionEnabled(config) }),
  );
  const apollo = new ApolloServer<ApiContext>({
    schema,
    csrfPrevention: true,
    validationRules: armor.validationRules,
    parseOptions: { maxTokens: QUERY_LIMITS.maxTokens },
    formatError: format,
    // npm start owns the lifecycle (it must also stop the database), so Apollo must not
    // install signal handlers of its own that race ours.
    stopOnTerminationSignals: false,
    introspection: introspectionEnabled(config),
    includeStacktraceInErrorResponses: !production,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      errorLogPlugin(log, format),
      // graphql-armor's types name @apollo/server's CommonJS build; the plugin objects are the same.
      ...(armor.plugins as unknown as ApolloServerPlugin<ApiContext>[]),
      queryCostPlugin<ApiContext>(QUERY_LIMITS.maxCost),
      ...readCachePlugins<ApiContext>({
        maxAgeSeconds: config.queryCacheSeconds,
        writeGeneration: options.writeGeneration,
        liveFields: LIVE_FIELDS,
      }),
    ],
    logger: { debug: log.debug, info: log.info, warn: log.warn, error: log.error },
  });
  await apollo.start();

  const playground = playgroundEnabled(config);

  httpServer.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const startedAt = performance.now();
    const requestId = requestIdOf(req);
    res.setHeader('x-request-id', requestId);
    // One debug line per request; it names whether a token came and matched, never the token.
    res.once('finish', () =>
      log.debug(
        `[${requestId}] ${req.method} ${req.url?.split('?')[0]} ${res.statusCode} ${(performance.now() - startedAt).toFixed(1)} ms` +
          (req.headers.authorization === undefined
            ? ''
            : ` (bearer token ${bearerMatches(req.headers.authorization, config.apiToken) ? 'valid' : 'refused'})`),
      ),
    );
    route(req, res, requestId).catch((error: unknown) => {
      const status = error instanceof HttpError ? error.status : 500;
      if (status === 500)
        log.error(`[${requestId}] Request failed: ${error instanceof Error ? error.stack : String(error)}`);
      if (!res.headersSent) sendJson(res, status, { error: error instanceof Error ? error.message : 'Internal error' });
      else res.end();
    });
  });

  async function route(req: IncomingMessage, res: ServerResponse, requestId: string): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (applyCors(req, res, config.corsOrigins)) return;
    if (url.pathname === '/healthz' && req.method === 'GET') {
      const report = await services.health.check();
      return sendJson(res, report.ok ? 200 : 503, report);
    }
    if (url.pathname === '/graphql' && req.method === 'GET' && wantsHtml(req)) {
      if (playground) return await sendGraphiQL(req, res);
      return sendJson(res, 404, {
        error: 'The GraphiQL playground is off (it is by default in production); GRAPHQL_PLAYGROUND=true serves it',
      });
    }
    if (url.pathname === '/graphql') return graphql(req, res, url, requestId);
    if (await serveExplore(req, res, url)) return;
    sendJson(res, 404, { error: `Nothing at ${url.pathname}; the API is at /graphql` });
  }

  async function graphql(req: IncomingMessage, res: ServerResponse, url: URL, requestId: string): Promise<void> {
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const body = req.method === 'POST' ? parseBody(req, await readBody(req, BODY_LIMIT_BYTES)) : undefined;
    const request: HTTPGraphQLRequest = {
      method: (req.method ?? 'GET').toUpperCase(),
      headers,
      search: url.search,
      body,
    };
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: request,
      context: async () => ({
        services,
        loaders: new Loaders(services.graph),
        auth: {
          tokenConfigured: Boolean(config.apiToken),
          authenticated: bearerMatches(req.headers.authorization, config.apiToken),
        },
        requestId,
      }),
    });
    for (const [key, value] of response.headers) {
      // Apollo's Vary (accept) joins the CORS one (Origin) instead of replacing it.
      const earlier = key === 'vary' ? res.getHeader('vary') : undefined;
      res.setHeader(key, earlier ? `${String(earlier)}, ${value}` : value);
    }
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  }

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, config.host, () => resolve());
  });
  const { port } = httpServer.address() as AddressInfo;
  const shownHost = ['0.0.0.0', '127.0.0.1', '::'].includes(config.host) ? 'localhost' : config.host;
  return {
    url: `http://${shownHost}:${port}/graphql`,
    port,
    httpServer,
    close: () => apollo.stop(),
  };
}

/**
 * The caller's own `x-request-id` when it is a plain token (a proxy in front may have set
 * one), else a new one: never raw header text in a log line.
 */
function requestIdOf(req: IncomingMessage): string {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && /^[\w.:-]{1,64}$/.test(given) ? given : randomUUID();
}

/** A browser asking for a page (not a GraphQL GET from a client) gets the playground. */
function wantsHtml(req: IncomingMessage): boolean {
  return (req.headers.accept ?? '').includes('text/html');
}

let graphiqlGzip: Buffer | undefined;

async function sendGraphiQL(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const html = await graphiqlPage();
  res.statusCode = 200;
  res.setHeader('content-type', 'text/html; charset=utf-8');
  res.setHeader('cache-control', 'no-cache');
  res.setHeader('vary', 'accept-encoding');
  if (/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
    graphiqlGzip ??= gzipSync(html);
    res.setHeader('content-encoding', 'gzip');
    res.end(graphiqlGzip);
    return;
  }
  res.end(html);
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify(value));
}
