import { Ctx, Query, Resolver } from 'type-graphql';
import type { ApiContext } from '../context.js';
import { Health } from '../types/health.js';

@Resolver()
export class HealthResolver {
  @Query(() => Health, { description: 'Whether the database answers, and which version it is.' })
  health(@Ctx() { services }: ApiContext): Promise<Health> {
    return services.health.check();
  }
}
