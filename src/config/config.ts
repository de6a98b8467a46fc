import 'reflect-metadata';
import { plainToConfig } from './parse-env.js';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  MinLength,
  validateSync,
} from 'class-validator';

/** A whole number from `min` to `max`: the shape of most settings. */
function IntBetween(min: number, max: number): PropertyDecorator {
  return (target, property) => {
    IsInt()(target, property as string);
    Min(min)(target, property as string);
    Max(max)(target, property as string);
  };
}

/**
 * Everything the service reads from the environment, validated once at start-up.
 * This file and `parse-env.ts` are the only readers of `process.env`; everything else
 * receives a `Config`.
 *
 * Each property is named after its environment variable (see ENV_NAMES) so an error
 * can say exactly which variable is wrong.
 */
export class Config {
  /** When set, nothing embedded starts: this database (server, Aura, cluster) is used. */
  @IsOptional()
  @Matches(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/[^\s]+$/, {
    message: 'must be a Bolt URI such as bolt://host:7687 or neo4j+s://xxxx.databases.neo4j.io',
  })
  neo4jUri?: string;

  @IsString()
  @MinLength(1)
  neo4jUsername = 'neo4j';

  @IsOptional()
  @IsString()
  neo4jPassword?: string;

  /** Database name; unset means the server's default database. */
  @IsOptional()
  @IsString()
  @MinLength(1)
  neo4jDatabase?: string;

  @IntBetween(1, 65535)
  neo4jBoltPort = 7687;

  /** Where the embedded Neo4j keeps its store (git-ignored). */
  @IsString()
  @MinLength(1)
  neo4jDataDir = '.data/neo4j';

  /** JVM heap of the embedded Neo4j. 2 GiB leaves room on a 24 GiB, 2-core machine for the API and tests. */
  @IntBetween(256, 65536)
  neo4jHeapMb = 2048;

  /** Page cache of the embedded Neo4j (the store is cached here, outside the heap). */
  @IntBetween(64, 65536)
  neo4jPageCacheMb = 1024;

  /** Server-side transaction timeout of the embedded Neo4j, and the driver's per-query timeout. */
  @IntBetween(1, 3600)
  neo4jTxTimeoutSeconds = 30;

  /**
   * How long a query keeps retrying while the database is unreachable or reports a transient
   * error (a restart, a deadlock) before the caller gets DATABASE_UNAVAILABLE.
   */
  @IntBetween(0, 3600)
  neo4jRetrySeconds = 30;

  /** How long to wait for the database to answer at start-up. */
  @IntBetween(1, 3600)
  neo4jStartTimeoutSeconds = 180;

  @IsString()
  @MinLength(1)
  host = '127.0.0.1';

  @IntBetween(0, 65535)
  port = 4000;

  /**
   * How long a client may take to send a whole request, headers and body (a 2 MiB page
   * included); a slower one is cut off (408), so slow senders cannot hold connections open.
   */
  @IntBetween(1, 3600)
  httpRequestTimeoutSeconds = 30;

  /** Open client connections served at once; more are refused until some close. */
  @IntBetween(1, 100_000)
  httpMaxConnections = 512;

  /** Bearer token that mutations require; unset means mutations are refused. */
  @IsOptional()
  @IsString()
  @MinLength(16, { message: 'must be at least 16 characters long' })
  apiToken?: string;

  /**
   * How long a query's answer is served from memory (src/api/plugins/read-cache). Writes
   * through this API show at once; writes by another process (npm run ingest) after at
   * most this long. 0 turns the cache off.
   */
  @IntBetween(0, 3600)
  queryCacheSeconds = 5;

  /** Folder of pages that `npm start` loads. */
  @IsString()
  @MinLength(1)
  seedsDir = 'seeds';

  @IsIn(['development', 'production', 'test'])
  nodeEnv: 'development' | 'production' | 'test' = 'development';

  @IsIn(['debug', 'info', 'warn', 'error', 'silent'])
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent' = 'info';

  /** Schema introspection; unset means on except in production (see introspectionEnabled). */
  @IsOptional()
  @IsBoolean()
  graphqlIntrospection?: boolean;

  /** The GraphiQL page at GET /graphql; unset means on except in production (see playgroundEnabled). */
  @IsOptional()
  @IsBoolean()
  graphqlPlayground?: boolean;

  /**
   * Browser origins (scheme://host[:port]) allowed to call the API from another site; empty
   * means same-origin only. `*` allows any origin (the API uses no cookies, so that exposes
   * nothing a plain HTTP client could not reach anyway).
   */
  @Matches(/^(\*|https?:\/\/[^/\s,]+)$/, {
    each: true,
    message: 'must be a comma list of origins such as https://news.example.org,http://localhost:5173 (or *)',
  })
  corsOrigins: string[] = [];
}

/** Introspection follows GRAPHQL_INTROSPECTION, else is on everywhere but production. */
export function introspectionEnabled(config: Config): boolean {
  return config.graphqlIntrospection ?? config.nodeEnv !== 'production';
}

/** The playground follows GRAPHQL_PLAYGROUND, else is on everywhere but production. */
export function playgroundEnabled(config: Config): boolean {
  return config.graphqlPlayground ?? config.nodeEnv !== 'production';
}

/** Environment variable behind each Config property. */
export const ENV_NAMES: Record<keyof Config, string> = {
  neo4jUri: 'NEO4J_URI',
  neo4jUsername: 'NEO4J_USERNAME',
  neo4jPassword: 'NEO4J_PASSWORD',
  neo4jDatabase: 'NEO4J_DATABASE',
  neo4jBoltPort: 'NEO4J_BOLT_PORT',
  neo4jDataDir: 'NEO4J_DATA_DIR',
  neo4jHeapMb: 'NEO4J_HEAP_MB',
  neo4jPageCacheMb: 'NEO4J_PAGECACHE_MB',
  neo4jTxTimeoutSeconds: 'NEO4J_TX_TIMEOUT_SECONDS',
  neo4jRetrySeconds: 'NEO4J_RETRY_SECONDS',
  neo4jStartTimeoutSeconds: 'NEO4J_START_TIMEOUT_SECONDS',
  host: 'HOST',
  port: 'PORT',
  httpRequestTimeoutSeconds: 'HTTP_REQUEST_TIMEOUT_SECONDS',
  httpMaxConnections: 'HTTP_MAX_CONNECTIONS',
  apiToken: 'API_TOKEN',
  queryCacheSeconds: 'QUERY_CACHE_SECONDS',
  seedsDir: 'SEEDS_DIR',
  nodeEnv: 'NODE_ENV',
  logLevel: 'LOG_LEVEL',
  graphqlIntrospection: 'GRAPHQL_INTROSPECTION',
  graphqlPlayground: 'GRAPHQL_PLAYGROUND',
  corsOrigins: 'CORS_ORIGINS',
};

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  ${problems.join('\n  ')}`);
    this.name = 'ConfigError';
  }
}

/** Reads and validates the configuration; throws ConfigError naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const { config, problems } = plainToConfig(new Config(), ENV_NAMES, env, {
    graphqlIntrospection: 'boolean',
    graphqlPlayground: 'boolean',
  });
  for (const error of validateSync(config)) {
    const variable = ENV_NAMES[error.property as keyof Config];
    const shown = variable === 'API_TOKEN' || variable === 'NEO4J_PASSWORD' ? '(hidden)' : JSON.stringify(error.value);
    for (const message of Object.values(error.constraints ?? {})) {
      problems.push(`${variable}=${shown}: ${message.replace(`${error.property} `, '')}`);
    }
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}
