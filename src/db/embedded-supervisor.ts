/**
 * Keeps the embedded Neo4j that this process started running, for as long as the API
 * runs: when it dies (killed, crashed, out of memory) it is started again on the same data
 * folder and port — after 1 s, then 2, 4, … up to 30 s between tries — and every exit and
 * restart is logged. The driver reconnects by itself; meanwhile the API answers
 * DATABASE_UNAVAILABLE. `stop` stops whichever server is current, so Ctrl-C of the API
 * still stops the database after any number of restarts.
 *
 * A server this process did not start (reused from `npm run db:start`, or NEO4J_URI) is
 * not supervised: whoever started it owns it.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { Config } from '../config/config.js';
import { startEmbedded, stopPid, type StartedNeo4j } from './embedded-neo4j.js';

const FIRST_DELAY_MS = 1000;
const LONGEST_DELAY_MS = 30_000;

export interface SupervisorLog {
  info(message: string): void;
  warn(message: string): void;
}

export class EmbeddedSupervisor {
  private stopped = false;
  private restarts = 0;

  constructor(
    private readonly config: Config,
    private current: StartedNeo4j,
    private readonly log: SupervisorLog,
    /** Told of each new server, so the holder of the old one can update its reference. */
    private readonly onRestart: (started: StartedNeo4j) => void = () => {},
  ) {
    this.watch(current);
  }

  /** The server running now. */
  get server(): StartedNeo4j {
    return this.current;
  }

  /** Stops supervising, then the current server (if this process started it). */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.current.startedHere) await stopPid(this.current.pid);
  }

  private watch(server: StartedNeo4j): void {
    server.child?.once('exit', (code, signal) => {
      if (this.stopped || server !== this.current) return;
      this.log.warn(`The embedded Neo4j (pid ${server.pid}) exited (${signal ?? `code ${code}`}); starting it again`);
      void this.restart();
    });
  }

  private async restart(): Promise<void> {
    for (let delay = FIRST_DELAY_MS; !this.stopped; delay = Math.min(delay * 2, LONGEST_DELAY_MS)) {
      await sleep(delay);
      if (this.stopped) return;
      try {
        const started = await startEmbedded(this.config);
        if (this.stopped) {
          // Ctrl-C came while it was starting: it is ours, so it goes too.
          if (started.startedHere) await stopPid(started.pid);
          return;
        }
        this.current = started;
        this.restarts++;
        this.log.info(`The embedded Neo4j is back (pid ${started.pid}, restart ${this.restarts}) at ${started.uri}`);
        this.onRestart(started);
        this.watch(started);
        return;
      } catch (error) {
        const next = Math.min(delay * 2, LONGEST_DELAY_MS) / 1000;
        this.log.warn(
          `Restarting the embedded Neo4j failed (${error instanceof Error ? error.message : String(error)}); trying again in ${next} s`,
        );
      }
    }
  }
}
