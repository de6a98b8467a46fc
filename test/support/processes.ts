import { isAlive } from '../../src/db/embedded-neo4j.js';

/** Resolves once the process is gone (after a SIGKILL, the kernel may take a moment). */
export async function waitUntilDead(pid: number): Promise<void> {
  while (isAlive(pid)) await new Promise((r) => setTimeout(r, 100));
}
