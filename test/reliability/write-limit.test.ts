/**
 * A page sent to the API is answered within its time limit even when the database never
 * answers: here the "database" is a socket that accepts the connection and then says
 * nothing (a hung server, a half-open connection), the worst case for a driver, which
 * would otherwise wait out its connection timeouts. The answer says plainly that the write
 * is unconfirmed and that sending the page again is safe.
 */
import { createServer, type Server, type Socket } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphRepository } from '../../src/db/graph-repository.js';
import { UnconfirmedWriteError } from '../../src/services/errors.js';
import { IngestService } from '../../src/services/ingest-service.js';
import { BASE_SEED, SEEDS_DIR } from './bad-input-cases.js';

const LIMIT_MS = 1500;

describe('the ingestPage write limit', () => {
  let silent: Server;
  const sockets: Socket[] = [];
  let driver: Driver;

  beforeAll(async () => {
    silent = createServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as { port: number };
    driver = neo4j.driver(`bolt://127.0.0.1:${port}`, undefined, { maxTransactionRetryTime: 1000 });
  });
  afterAll(async () => {
    for (const socket of sockets) socket.destroy();
    await driver.close().catch(() => {});
    silent.close();
  });

  it('answers UnconfirmedWriteError once the limit has passed, not when the driver gives up', async () => {
    const service = new IngestService(new GraphRepository(driver), LIMIT_MS);
    const text = readFileSync(join(SEEDS_DIR, BASE_SEED), 'utf8');
    // Extraction is not the database's time: warm it up first.
    await expect(service.ingest('', 'x.txt')).rejects.toThrow();
    const started = Date.now();
    const error = await service.ingest(text, 'limit.txt').catch((e: unknown) => e);
    const took = Date.now() - started;
    expect(error).toBeInstanceOf(UnconfirmedWriteError);
    expect((error as Error).message).toBe(
      'The database did not confirm the write within 2 s; the page may or may not be loaded — ' +
        'send it again once the database answers (a page already loaded answers unchanged)',
    );
    expect(took).toBeGreaterThanOrEqual(LIMIT_MS - 50);
    expect(took).toBeLessThan(LIMIT_MS + 2000);
  });
});
