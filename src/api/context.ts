import type { ExploreService } from '../services/explore-service.js';
import type { GraphService } from '../services/graph-service.js';
import type { HealthService } from '../services/health-service.js';
import type { IngestService } from '../services/ingest-service.js';
import type { Loaders } from '../services/loaders.js';
import type { StatsService } from '../services/stats-service.js';

/** The services a request may use; resolvers reach the graph only through them. */
export interface Services {
  stats: StatsService;
  health: HealthService;
  graph: GraphService;
  explore: ExploreService;
  ingest: IngestService;
}

/** What the HTTP layer found out about the caller. */
export interface RequestAuth {
  /** Whether the server has an API_TOKEN at all (no token: mutations are refused). */
  tokenConfigured: boolean;
  /** Whether the request's `Authorization: Bearer …` matched it. */
  authenticated: boolean;
}

export interface ApiContext {
  services: Services;
  /** Per-request batching of relationship reads. */
  loaders: Loaders;
  auth: RequestAuth;
  /** Names the request in the log and in `x-request-id` (see plugins/error-log.ts). */
  requestId: string;
}
