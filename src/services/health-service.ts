import type { GraphRepository } from '../db/graph-repository.js';

export interface HealthReport {
  ok: boolean;
  database: {
    reachable: boolean;
    /** e.g. "5.26.30"; null when unreachable. */
    version: string | null;
    edition: string | null;
    /** Why the database could not be reached. */
    error: string | null;
  };
}

/**
 * A probe must answer fast: a load balancer gives up after a few seconds, and the driver on
 * its own would keep retrying an unreachable database for NEO4J_RETRY_SECONDS.
 */
export const HEALTH_TIMEOUT_MS = 3000;

/** Whether the API can serve answers: today that means the database answers. */
export class HealthService {
  constructor(
    private readonly repository: GraphRepository,
    private readonly timeoutMs = HEALTH_TIMEOUT_MS,
  ) {}

  async check(): Promise<HealthReport> {
    try {
      const rows = await withinTime(
        this.repository.read<{ name: string; version: string; edition: string }>('queries/health'),
        this.timeoutMs,
      );
      const kernel = rows.find((row) => row.name === 'Neo4j Kernel') ?? rows[0];
      return {
        ok: true,
        database: { reachable: true, version: kernel?.version ?? null, edition: kernel?.edition ?? null, error: null },
      };
    } catch (error) {
      const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
      return { ok: false, database: { reachable: false, version: null, edition: null, error: message } };
    }
  }
}

/** The promise's answer, or an error once `ms` have passed (the late answer is then ignored). */
function withinTime<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`The database did not answer within ${ms / 1000} s`)), ms);
  });
  work.catch(() => {}); // a failure after the deadline has already been reported
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}
