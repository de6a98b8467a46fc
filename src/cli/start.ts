import 'reflect-metadata';
import { ConfigError, loadConfig } from '../config/config.js';
import { createLogger } from '../logger.js';
import { startApp } from '../app.js';
import { loadSeeds } from '../graph/ingest-pages.js';

/**
 * `npm start`: the main job. Starts the embedded Neo4j unless NEO4J_URI is set, applies
 * the schema, loads the pages in SEEDS_DIR (skipping those already loaded), and serves
 * GraphQL until Ctrl-C, which stops the server and the database it started (the data
 * stays in NEO4J_DATA_DIR for the next run).
 */
const USAGE = `usage: npm start
Starts the embedded Neo4j (unless NEO4J_URI is set), loads the pages in seeds/ and serves
GraphQL on PORT (default 4000): /graphql, /explore, /healthz. Settings come from the
environment (README: "Configuration"); Ctrl-C stops the server and the database it started.
`;

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(USAGE);
    return;
  }
  if (args.length > 0) {
    process.stderr.write(`unknown argument ${args[0]}\n${USAGE}`);
    process.exit(2);
  }
  const startedAt = Date.now();
  const config = loadConfig();
  const log = createLogger(config.logLevel);
  // Seeds load before the API listens, so its first answer already includes them.
  const app = await startApp(config, log, {
    beforeServing: (repository) => loadSeeds(repository, config.seedsDir, log),
  });
  log.info(`GraphQL API ready at ${app.api.url} (${((Date.now() - startedAt) / 1000).toFixed(1)}s)`);
  log.info(`Playground (GraphiQL, works offline): open ${app.api.url} in a browser`);
  log.info(`Health:  ${app.api.url.replace(/\/graphql$/, '/healthz')}`);
  log.info(
    `Try:     curl -s ${app.api.url} -H 'content-type: application/json' -d '{"query":"{ health { ok } stats { nodes } }"}'`,
  );

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info(`${signal}: stopping the API and the database…`);
    app.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        log.error(`Shutdown failed: ${String(error)}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) process.stderr.write(`${error.message}\n`);
  else process.stderr.write(`Could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(error instanceof ConfigError ? 2 : 1);
});
