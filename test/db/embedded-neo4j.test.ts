import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import { dataDirOf, findRunning, startEmbedded, stopEmbedded } from '../../src/db/embedded-neo4j.js';
import { testConfig } from '../support/test-config.js';
import { waitUntilDead } from '../support/processes.js';

const usingExternalDatabase = Boolean(process.env.NEO4J_URI);

describe.skipIf(usingExternalDatabase)('the embedded Neo4j', () => {
  it('is reused, not started twice, when one already serves the data folder', async () => {
    const config = testConfig();
    const running = await findRunning(config);
    expect(running).not.toBeNull();
    const again = await startEmbedded(config);
    expect(again.startedHere).toBe(false);
    expect(again.pid).toBe(running!.pid);
    expect(again.uri).toBe(`bolt://127.0.0.1:${config.neo4jBoltPort}`);
  });

  describe('after a crash', () => {
    // A second instance with its own folder and port, so the shared test database is untouched.
    const config = testConfig({
      NEO4J_BOLT_PORT: process.env.NEO4J_CRASH_TEST_BOLT_PORT ?? '7689',
      NEO4J_DATA_DIR: '.data/neo4j-crash-test',
      NEO4J_HEAP_MB: '512',
      NEO4J_PAGECACHE_MB: '64',
    });
    rmSync(dataDirOf(config), { recursive: true, force: true });
    afterAll(async () => {
      await stopEmbedded(config);
      rmSync(dataDirOf(config), { recursive: true, force: true });
    });

    it('starts again over the stale state and store lock, and keeps the data', async () => {
      const first = await startEmbedded(config, { detached: true });
      expect(first.startedHere).toBe(true);
      const driver = neo4j.driver(first.uri);
      await driver.executeQuery("CREATE (:Town {key: 'crash-test', name: '双辽市'})");
      await driver.close();

      process.kill(first.pid, 'SIGKILL');
      await waitUntilDead(first.pid);
      expect(existsSync(join(dataDirOf(config), 'launcher.json'))).toBe(true); // the crash left it behind

      expect(await findRunning(config)).toBeNull();
      expect(existsSync(join(dataDirOf(config), 'launcher.json'))).toBe(false); // recognised as stale

      const second = await startEmbedded(config, { detached: true });
      expect(second.startedHere).toBe(true);
      expect(second.pid).not.toBe(first.pid);
      const again = neo4j.driver(second.uri);
      const { records } = await again.executeQuery("MATCH (t:Town {key: 'crash-test'}) RETURN t.name AS name");
      await again.close();
      expect(records.map((r) => r.get('name'))).toEqual(['双辽市']);
    });

    it('stops cleanly and removes its state file', async () => {
      expect(await stopEmbedded(config)).toBe(true);
      expect(await findRunning(config)).toBeNull();
      expect(existsSync(join(dataDirOf(config), 'launcher.json'))).toBe(false);
      expect(await stopEmbedded(config)).toBe(false);
    });
  });
});
