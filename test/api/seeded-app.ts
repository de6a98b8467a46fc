import { expect } from 'vitest';
import { startApp, type App } from '../../src/app.js';
import { ingestPaths } from '../../src/graph/ingest-pages.js';
import { createLogger } from '../../src/logger.js';
import { configForTestDatabase, emptyGraph } from '../support/graph.js';
import { postGraphQL } from '../support/http.js';

/** A token for the tests' server (never a real one). */
export const TEST_TOKEN = 'test-token-0123456789abcdef';

/**
 * The API on the test database with exactly the five seed pages, loaded through the
 * ingest code path (the same as `npm start` and `npm run ingest`).
 */
export async function startSeededApp(overrides: Record<string, string> = {}): Promise<App> {
  const app = await startApp(configForTestDatabase({ API_TOKEN: TEST_TOKEN, ...overrides }), createLogger('warn'));
  try {
    await emptyGraph(app.repository);
    const summary = await ingestPaths(app.repository, ['seeds']);
    if (summary.errors.length > 0 || summary.loaded !== 5) {
      throw new Error(`seeds did not load: ${JSON.stringify(summary.errors)}`);
    }
    return app;
  } catch (error) {
    await app.stop();
    throw error;
  }
}

export interface GraphQLBody {
  data?: Record<string, unknown> | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string } }[];
}

/**
 * How a test asks the seeded API: `ask` gives the whole answer, `data` its data after
 * checking there is no error.
 */
export function graphQLClient(app: () => App) {
  const ask = async (query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
    (await postGraphQL(app().api.url, query, variables, headers)) as GraphQLBody;
  const data = async <T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}) => {
    const body = await ask(query, variables);
    expect(body.errors).toBeUndefined();
    return body.data as T;
  };
  return { ask, data };
}
