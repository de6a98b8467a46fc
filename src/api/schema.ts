import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema, type NonEmptyArray } from 'type-graphql';
import { CONNECTION_RESOLVERS, ENTITY_RESOLVERS } from './resolvers/entity-resolvers.js';
import { HealthResolver } from './resolvers/health-resolver.js';
import { IngestResolver } from './resolvers/ingest-resolver.js';
import { QueryResolver } from './resolvers/query-resolver.js';
import { StatsResolver } from './resolvers/stats-resolver.js';
import { Article, Campaign, Event, Page, Person, Reporter, Town, Unit } from './types/entities.js';

export const RESOLVERS = [
  HealthResolver,
  StatsResolver,
  QueryResolver,
  IngestResolver,
  ...ENTITY_RESOLVERS,
  ...CONNECTION_RESOLVERS,
] as const;

/** Every Node type, listed so the schema has each even where only the interface refers to it. */
const NODE_TYPES = [Town, Unit, Campaign, Reporter, Person, Event, Article, Page];

/** The executable schema, built from the decorated classes in src/api. */
export function buildApiSchema(): Promise<GraphQLSchema> {
  // validate: input classes carry class-validator rules; bad input becomes BAD_USER_INPUT.
  return buildSchema({
    resolvers: [...RESOLVERS] as unknown as NonEmptyArray<new () => object>,
    orphanedTypes: NODE_TYPES,
    validate: { forbidUnknownValues: false },
  });
}

/** The SDL checked in as schema/schema.graphql (sorted, so diffs show real changes only). */
export function printApiSchema(schema: GraphQLSchema): string {
  return printSchema(lexicographicSortSchema(schema)) + '\n';
}
