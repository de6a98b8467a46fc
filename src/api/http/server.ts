import { ApolloServer, HeaderMap, type HTTPGraphQLRequest } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import type { GraphQLSchema } from 'graphql';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Config } from '../../config/config.js';
import type { Logger } from '../../logger.js';
import type { ApiContext, Services } from '../context.js';
import { serveExplore } from './explore-route.js';
import { HttpError, parseBody, readBody } from './read-body.js';

/** Largest request body accepted: a generous page of text for the ingest mutation. */
const BODY_LIMIT_BYTES = 2 * 1024 * 1024;

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
}): Promise<RunningApi> {
  const { config, schema, services, log } = options;
  const production = config.nodeEnv === 'production';
  const httpServer = createServer();
  const apollo = new ApolloServer<ApiContext>({
    schema,
    csrfPrevention: true,
    // npm start owns the lifecycle (it must also stop the database), so Apollo must not
    // install signal handlers of its own that race ours.
    stopOnTerminationSignals: false,
    introspection: !production,
    includeStacktraceInErrorResponses: !production,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), ApolloServerPluginLandingPageDisabled()],
    logger: { debug: log.debug, info: log.info, warn: log.warn, error: log.error },
  });
  await apollo.start();

  httpServer.on('request', (req: IncomingMessage, res: ServerResponse) => {
    route(req, res).catch((error: unknown) => {
      const status = error instanceof HttpError ? error.status : 500;
      if (status === 500) log.error(`Request failed: ${error instanceof Error ? error.stack : String(error)}`);
      if (!res.headersSent) sendJson(res, status, { error: error instanceof Error ? error.message : 'Internal error' });
      else res.end();
    });
  });

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/healthz' && req.method === 'GET') {
      const report = await services.health.check();
      return sendJson(res, report.ok ? 200 : 503, report);
    }
    if (url.pathname === '/graphql') return graphql(req, res, url);
    if (await serveExplore(req, res, url)) return;
    sendJson(res, 404, { error: `Nothing at ${url.pathname}; the API is at /graphql` });
  }

  async function graphql(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
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
      context: async () => ({ services }),
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
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

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify(value));
}
