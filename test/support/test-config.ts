import { loadConfig, type Config } from '../../src/config/config.js';

/**
 * The configuration tests run with. The embedded test database gets its own port and
 * data folder, so `npm test` never touches the data of a running `npm start`, and a
 * developer's `npm start` can stay up while the tests run.
 */
export function testConfig(overrides: Record<string, string> = {}): Config {
  return loadConfig({
    ...process.env,
    NEO4J_BOLT_PORT: process.env.NEO4J_TEST_BOLT_PORT ?? '7688',
    NEO4J_DATA_DIR: process.env.NEO4J_TEST_DATA_DIR ?? '.data/neo4j-test',
    NEO4J_HEAP_MB: process.env.NEO4J_HEAP_MB ?? '1536',
    NEO4J_PAGECACHE_MB: process.env.NEO4J_PAGECACHE_MB ?? '512',
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    PORT: '0',
    ...overrides,
  });
}
