import { Field, Int, ObjectType, type ClassType } from 'type-graphql';
import type { ListName } from '../../services/graph-service.js';
import { Article, Campaign, Event, Page, Reporter, Town, Unit } from './entities.js';

@ObjectType({ description: 'Where a page of results sits in the whole list.' })
export class PageInfo {
  @Field(() => Boolean) hasNextPage!: boolean;
  @Field(() => Boolean) hasPreviousPage!: boolean;
  @Field(() => String, { nullable: true }) startCursor!: string | null;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
}

/** What a connection needs to count its whole list when `totalCount` is asked for (and only then). */
export interface CountSource {
  list: ListName;
  filter: Record<string, unknown>;
}

export interface ConnectionShape<T> {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: PageInfo;
  countSource: CountSource;
}

function connectionOf<T extends object>(node: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field(() => String) cursor!: string;
    @Field(() => node) node!: T;
  }

  @ObjectType(`${name}Connection`, {
    description: `A page of ${name} results; totalCount is counted only when asked for.`,
  })
  class Connection implements ConnectionShape<T> {
    @Field(() => [Edge]) edges!: Edge[];
    @Field(() => [node], { description: 'The nodes of `edges`, for clients that need no cursors.' }) nodes!: T[];
    @Field(() => PageInfo) pageInfo!: PageInfo;
    @Field(() => Int, { description: 'All results the filters select (one count query).' })
    totalCount!: number;
    countSource!: CountSource;
  }
  return Connection;
}

export const TownConnection = connectionOf(Town, 'Town');
export const UnitConnection = connectionOf(Unit, 'Unit');
export const CampaignConnection = connectionOf(Campaign, 'Campaign');
export const ReporterConnection = connectionOf(Reporter, 'Reporter');
export const EventConnection = connectionOf(Event, 'Event');
export const ArticleConnection = connectionOf(Article, 'Article');
export const PageConnection = connectionOf(Page, 'Page');
export const CONNECTIONS = [
  TownConnection,
  UnitConnection,
  CampaignConnection,
  ReporterConnection,
  EventConnection,
  ArticleConnection,
  PageConnection,
] as const;
