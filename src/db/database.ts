import neo4j, { type Driver } from 'neo4j-driver';
import type { Config } from '../config/config.js';
import { startEmbedded, stopPid, type StartedNeo4j } from './embedded-neo4j.js';
import { EmbeddedSupervisor, type SupervisorLog } from './embedded-supervisor.js';

/**
 * Opens the database the configuration points at: the server behind NEO4J_URI (a
 * single server, Aura, or a cluster through neo4j:// routing), or else the embedded
 * Neo4j, started here or reused when already running.
 */
export interface Database {
  driver: Driver;
  uri: string;
  /** Set when an embedded server is in use (the current one, after a supervised restart). */
  embedded?: StartedNeo4j;
  /** Closes the driver, and stops the embedded server when this process started it. */
  close(): Promise<void>;
}

export async function openDatabase(
  config: Config,
  options: {
    log?: (line: string) => void;
    detachEmbedded?: boolean;
    /** Restart the embedded server this process starts whenever it dies (npm start; see embedded-supervisor.ts). */
    supervise?: SupervisorLog;
  } = {},
): Promise<Database> {
  const log = options.log ?? (() => {});
  let embedded: StartedNeo4j | undefined;
  let uri = config.neo4jUri;
  if (!uri) {
    embedded = await startEmbedded(config, { log, detached: options.detachEmbedded });
    uri = embedded.uri;
  }
  const auth = config.neo4jUri ? neo4j.auth.basic(config.neo4jUsername, config.neo4jPassword ?? '') : undefined;
  const driver = neo4j.driver(uri, auth, {
    // Counts and ids in this graph stay far below 2^53, so plain JS numbers are safe.
    disableLosslessIntegers: true,
    connectionAcquisitionTimeout: 30_000,
    maxConnectionPoolSize: 100,
    // Reads and writes ride out a database restart (or a deadlock) for this long, then fail
    // with ServiceUnavailable, which the API reports as DATABASE_UNAVAILABLE.
    maxTransactionRetryTime: config.neo4jRetrySeconds * 1000,
    userAgent: 'local-news-graph',
  });
  const owned = embedded?.startedHere === true && !options.detachEmbedded;
  const database: Database = { driver, uri, embedded, close: async () => {} };
  const supervisor =
    owned && options.supervise
      ? new EmbeddedSupervisor(config, embedded!, options.supervise, (started) => (database.embedded = started))
      : undefined;
  database.close = async () => {
    await driver.close();
    if (supervisor) await supervisor.stop();
    else if (owned) await stopPid(embedded!.pid);
  };
  try {
    await waitForDatabase(driver, uri, config.neo4jStartTimeoutSeconds * 1000);
  } catch (error) {
    await database.close();
    throw error;
  }
  return database;
}

/** Retries `verifyConnectivity` until the database answers or the time is up. */
export async function waitForDatabase(driver: Driver, uri: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  let delay = 200;
  while (Date.now() < deadline) {
    try {
      await driver.verifyConnectivity();
      return;
    } catch (error) {
      lastError = error;
      await new Promise((r) => setTimeout(r, delay));
      delay = Math.min(delay * 2, 2000);
    }
  }
  const reason = lastError instanceof Error ? lastError.message : String(lastError);
  throw new Error(`Neo4j at ${uri} did not answer within ${Math.round(timeoutMs / 1000)}s: ${reason}`);
}
