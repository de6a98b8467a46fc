import type { HealthService } from '../services/health-service.js';
import type { StatsService } from '../services/stats-service.js';

/** The services a request may use; resolvers reach the graph only through them. */
export interface Services {
  stats: StatsService;
  health: HealthService;
}

export interface ApiContext {
  services: Services;
}
