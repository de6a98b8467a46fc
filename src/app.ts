import type { Config } from './config/config.js';
import { openDatabase, type Database } from './db/database.js';
import { GraphRepository } from './db/graph-repository.js';
import { buildApiSchema } from './api/schema.js';
import { startApi, type RunningApi } from './api/http/server.js';
import type { Services } from './api/context.js';
import type { Logger } from './logger.js';
import { ExploreService } from './services/explore-service.js';
import { GraphService } from './services/graph-service.js';
import { HealthService } from './services/health-service.js';
import { IngestService, WRITE_GRACE_MS } from './services/ingest-service.js';
import { StatsService } from './services/stats-service.js';

/**
 * The whole service wired together: database (embedded or NEO4J_URI), schema applied,
 * services, GraphQL over HTTP. `npm start` and the API tests both go through here.
 */
export interface App {
  database: Database;
  repository: GraphRepository;
  services: Services;
  api: RunningApi;
  stop(): Promise<void>;
}

export function createServices(repository: GraphRepository, config: Config): Services {
  const graph = new GraphService(repository);
  return {
    stats: new StatsService(repository),
    health: new HealthService(repository),
    graph,
    explore: new ExploreService(graph),
    ingest: new IngestService(repository, config.neo4jRetrySeconds * 1000 + WRITE_GRACE_MS),
  };
}

export function createRepository(database: Database, config: Config): GraphRepository {
  return new GraphRepository(database.driver, {
    database: config.neo4jDatabase,
    timeoutMs: config.neo4jTxTimeoutSeconds * 1000,
  });
}

export interface StartOptions {
  /** Work on the graph that must finish before the API accepts requests (npm start loads the seeds here). */
  beforeServing?: (repository: GraphRepository) => Promise<unknown>;
}

export async function startApp(config: Config, log: Logger, options: StartOptions = {}): Promise<App> {
  // The API outlives a crash of the embedded database it started: it is restarted.
  const database = await openDatabase(config, { log: log.info, supervise: log });
  try {
    const repository = createRepository(database, config);
    const statements = await repository.applyStatements('schema');
    log.info(`Schema applied (${statements} constraints and indexes) on ${database.uri}`);
    await options.beforeServing?.(repository);
    const services = createServices(repository, config);
    const api = await startApi({
      config,
      schema: await buildApiSchema(),
      services,
      log,
      writeGeneration: () => repository.writeGeneration,
    });
    let stopped = false;
    return {
      database,
      repository,
      services,
      api,
      async stop() {
        if (stopped) return;
        stopped = true;
        await api.close();
        log.debug('API stopped');
        await database.close();
        log.debug('Database closed');
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}
