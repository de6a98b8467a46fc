import { Ctx, Query, Resolver } from 'type-graphql';
import type { ApiContext } from '../context.js';
import { Stats } from '../types/stats.js';

@Resolver()
export class StatsResolver {
  @Query(() => Stats, { description: 'Node counts per label and relationship counts per type.' })
  stats(@Ctx() { services }: ApiContext): Promise<Stats> {
    return services.stats.graphStats();
  }
}
