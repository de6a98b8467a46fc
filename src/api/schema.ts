import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { HealthResolver } from './resolvers/health-resolver.js';
import { StatsResolver } from './resolvers/stats-resolver.js';

export const RESOLVERS = [HealthResolver, StatsResolver] as const;

/** The executable schema, built from the decorated classes in src/api. */
export function buildApiSchema(): Promise<GraphQLSchema> {
  // validate: input classes carry class-validator rules; bad input becomes BAD_USER_INPUT.
  return buildSchema({ resolvers: [...RESOLVERS], validate: { forbidUnknownValues: false } });
}

/** The SDL checked in as schema/schema.graphql (sorted, so diffs show real changes only). */
export function printApiSchema(schema: GraphQLSchema): string {
  return printSchema(lexicographicSortSchema(schema)) + '\n';
}
