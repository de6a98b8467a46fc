import type { GraphQLResolveInfo } from 'graphql';
import { Args, Arg, Ctx, ID, Info, Query, Resolver } from 'type-graphql';
import type { GraphNode, NodeKind } from '../../services/graph-model.js';
import type { ApiContext } from '../context.js';
import {
  ArticleConnection,
  CampaignConnection,
  EventConnection,
  PageConnection,
  ReporterConnection,
  TownConnection,
  UnitConnection,
} from '../types/connection.js';
import { Campaign, Person, Reporter, Town, Unit } from '../types/entities.js';
import { CampaignSpread, Path, SearchHit, SharedCampaignsTown, SharedCampaignsUnit, Subgraph } from '../types/graph.js';
import {
  ArticlesArgs,
  CampaignsArgs,
  CampaignSpreadArgs,
  CooccurrenceArgs,
  EventsArgs,
  NeighborhoodArgs,
  PagesArgs,
  PathArgs,
  ReportersArgs,
  SearchArgs,
  TimelineArgs,
  TownsArgs,
  UnitsArgs,
} from '../types/inputs.js';
import { Node } from '../types/node.js';
import { Event } from '../types/entities.js';
import { labelOf } from '../../services/graph-model.js';
import { toConnection } from './connection.js';
import { selects } from './selection.js';
import { MaxLength, MinLength } from 'class-validator';
import { ArgsType, Field } from 'type-graphql';

@ArgsType()
class NameArgs {
  @Field(() => String, {
    description:
      'Name, else id (towns: also the official code), else alias. A name several nodes answer to alike is refused (BAD_USER_INPUT) with their ids.',
  })
  @MinLength(1, { message: 'name must not be empty' })
  @MaxLength(200)
  name!: string;
}

/**
 * Every field a user's input can make fail (an unknown name, a bad cursor, a date) is
 * nullable, so that it fails alone: the other fields of the answer keep their data and
 * the error names the field's path.
 */
@Resolver()
export class QueryResolver {
  @Query(() => Node, { nullable: true, description: 'Any node by its id.' })
  node(@Arg('id', () => ID) id: string, @Ctx() { loaders }: ApiContext): Promise<GraphNode | null> {
    return loaders.nodes.load(id);
  }

  @Query(() => Town, { nullable: true, description: 'A town by name, alias or official code.' })
  town(@Args(() => NameArgs) { name }: NameArgs, @Ctx() ctx: ApiContext) {
    return this.byName(ctx, 'Town', name);
  }

  @Query(() => Unit, { nullable: true, description: 'A unit by name or alias.' })
  unit(@Args(() => NameArgs) { name }: NameArgs, @Ctx() ctx: ApiContext) {
    return this.byName(ctx, 'Unit', name);
  }

  @Query(() => Campaign, {
    nullable: true,
    description: 'A campaign by name or alias (quotes and separators ignored).',
  })
  campaign(@Args(() => NameArgs) { name }: NameArgs, @Ctx() ctx: ApiContext) {
    return this.byName(ctx, 'Campaign', name);
  }

  @Query(() => Reporter, { nullable: true, description: 'A reporter by name.' })
  reporter(@Args(() => NameArgs) { name }: NameArgs, @Ctx() ctx: ApiContext) {
    return this.byName(ctx, 'Reporter', name);
  }

  @Query(() => Person, { nullable: true, description: 'A person by name.' })
  person(@Args(() => NameArgs) { name }: NameArgs, @Ctx() ctx: ApiContext) {
    return this.byName(ctx, 'Person', name);
  }

  private byName(ctx: ApiContext, kind: NodeKind, name: string) {
    return ctx.services.explore.byName(kind, name);
  }

  @Query(() => TownConnection, { nullable: true, description: 'Towns, filtered, sorted and paged.' })
  async towns(@Args(() => TownsArgs) args: TownsArgs, @Ctx() { services }: ApiContext) {
    return toConnection(await services.explore.list('towns', args), 'towns', args.filter);
  }

  @Query(() => UnitConnection, { nullable: true, description: 'Units, filtered, sorted and paged.' })
  async units(@Args(() => UnitsArgs) args: UnitsArgs, @Ctx() { services }: ApiContext) {
    return toConnection(await services.explore.list('units', args), 'units', args.filter);
  }

  @Query(() => CampaignConnection, { nullable: true, description: 'Campaigns, filtered, sorted and paged.' })
  async campaigns(@Args(() => CampaignsArgs) args: CampaignsArgs, @Ctx() { services }: ApiContext) {
    return toConnection(await services.explore.list('campaigns', args), 'campaigns', args.filter);
  }

  @Query(() => ReporterConnection, { nullable: true, description: 'Reporters, filtered, sorted and paged.' })
  async reporters(@Args(() => ReportersArgs) args: ReportersArgs, @Ctx() { services }: ApiContext) {
    return toConnection(await services.explore.list('reporters', args), 'reporters', args.filter);
  }

  @Query(() => EventConnection, { nullable: true, description: 'Events, filtered, sorted and paged.' })
  async events(@Args(() => EventsArgs) args: EventsArgs, @Ctx() { services }: ApiContext) {
    return toConnection(await services.explore.list('events', args), 'events', args.filter);
  }

  @Query(() => ArticleConnection, { nullable: true, description: 'Articles, filtered, sorted and paged.' })
  async articles(@Args(() => ArticlesArgs) args: ArticlesArgs, @Ctx() { services }: ApiContext) {
    return toConnection(await services.explore.list('articles', args), 'articles', args.filter);
  }

  @Query(() => PageConnection, { nullable: true, description: 'Newspaper pages, filtered, sorted and paged.' })
  async pages(@Args(() => PagesArgs) args: PagesArgs, @Ctx() { services }: ApiContext) {
    return toConnection(await services.explore.list('pages', args), 'pages', args.filter);
  }

  @Query(() => [SearchHit], {
    nullable: true,
    description:
      'Full-text search over names, aliases, titles, subtitles and story text: a node named exactly so first, then best match first, each hit with a snippet.',
  })
  async search(@Args(() => SearchArgs) { text, types, first }: SearchArgs, @Ctx() { services }: ApiContext) {
    const hits = await services.explore.search(text, types as NodeKind[] | undefined, first);
    return hits.map((hit) => ({ type: hit.node.type, score: hit.score, node: hit.node, snippet: hit.snippet }));
  }

  @Query(() => [Path], {
    nullable: true,
    description: 'Shortest paths between two nodes, each edge with the articles behind it.',
  })
  async path(
    @Args(() => PathArgs) { from, to, maxHops, first }: PathArgs,
    @Ctx() { services }: ApiContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    // The evidence lists behind edges are read only when edges' articles or pages are asked for.
    const evidence = selects(info, ['edges'], ['articles', 'pages']);
    const paths = await services.explore.paths(from, to, maxHops, first, evidence);
    return paths.map((p) => ({ ...p, length: p.edges.length }));
  }

  @Query(() => Subgraph, {
    nullable: true,
    description: 'The subgraph around a node, ready for a graph-drawing library.',
  })
  async neighborhood(
    @Args(() => NeighborhoodArgs) { of, depth, limit, types }: NeighborhoodArgs,
    @Ctx() { services }: ApiContext,
  ) {
    const graph = await services.explore.neighborhood(of, depth, limit, types as NodeKind[] | undefined);
    return {
      nodes: graph.nodes.map((node) => ({ id: node.id, type: node.type, label: labelOf(node), node })),
      edges: graph.edges,
      truncated: graph.truncated,
    };
  }

  @Query(() => [Event], { nullable: true, description: 'Events connected to a node, in date order (undated last).' })
  timeline(
    @Args(() => TimelineArgs) { of, from, to, first, includeSubTowns }: TimelineArgs,
    @Ctx() { services }: ApiContext,
  ) {
    return services.explore.timeline(of, from, to, first, includeSubTowns);
  }

  @Query(() => [SharedCampaignsTown], {
    nullable: true,
    description: 'Towns that share campaigns with a town, most shared first.',
  })
  async townsSharingCampaigns(
    @Args(() => CooccurrenceArgs) { of, first }: CooccurrenceArgs,
    @Ctx() { services }: ApiContext,
  ) {
    const rows = await services.explore.townsSharingCampaigns(of, first);
    return rows.map((row) => ({ town: row.node, count: row.count, campaigns: row.shared }));
  }

  @Query(() => [SharedCampaignsUnit], {
    nullable: true,
    description: 'Units that ran the same campaigns as a unit, most shared first.',
  })
  async unitsSharingCampaigns(
    @Args(() => CooccurrenceArgs) { of, first }: CooccurrenceArgs,
    @Ctx() { services }: ApiContext,
  ) {
    const rows = await services.explore.unitsSharingCampaigns(of, first);
    return rows.map((row) => ({ unit: row.node, count: row.count, campaigns: row.shared }));
  }

  @Query(() => [CampaignSpread], {
    nullable: true,
    description: 'Campaigns that spread across towns, ranked by the number of towns.',
  })
  async campaignSpread(
    @Args(() => CampaignSpreadArgs) { minTowns, first }: CampaignSpreadArgs,
    @Ctx() { services }: ApiContext,
  ) {
    const rows = await services.explore.campaignSpread(minTowns, first);
    return rows.map((row) => ({
      campaign: row.node,
      townCount: row.count,
      towns: row.shared,
      articleCount: row.articles ?? 0,
    }));
  }
}
