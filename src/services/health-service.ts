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

/** Whether the API can serve answers: today that means the database answers. */
export class HealthService {
  constructor(private readonly repository: GraphRepository) {}

  async check(): Promise<HealthReport> {
    try {
      const rows = await this.repository.read<{ name: string; version: string; edition: string }>('queries/health');
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
