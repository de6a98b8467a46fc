import { Args, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { GraphNode } from '../../services/graph-model.js';
import { publishedTownCode } from '../../graph/keys.js';
import type { ApiContext } from '../context.js';
import { CONNECTIONS, type ConnectionShape } from '../types/connection.js';
import { Article, Campaign, Event, Page, Person, Quantity, Reporter, Town, Unit } from '../types/entities.js';
import { PathEdge } from '../types/graph.js';
import { TownLevel, townLevelOf } from '../types/town-level.js';
import type { StoredTownLevel } from '../../graph/town-levels.js';
import { RelatedArgs, ReporterArticlesArgs, TownRelatedArgs } from '../types/inputs.js';
import {
  Byline,
  CampaignCount,
  Credit,
  Mention,
  Partner,
  PersonPost,
  ReporterCount,
  RoleCount,
  TownCount,
  UnitCount,
} from '../types/related.js';

/*
 * Relationship fields. Each one asks the request's Loaders, which batch the same field
 * of every node on a level into one Cypher round-trip.
 */

type Root_ = GraphNode;

@Resolver(() => Town)
export class TownResolver {
  @FieldResolver(() => String, { nullable: true })
  code(@Root() town: Root_): string | null {
    const stored = (town as { code?: unknown }).code;
    return typeof stored === 'string' ? publishedTownCode(stored) : null;
  }

  @FieldResolver(() => TownLevel, { nullable: true })
  level(@Root() town: Root_): StoredTownLevel | null {
    return townLevelOf((town as { level?: unknown }).level);
  }

  @FieldResolver(() => Town, { nullable: true, description: 'The town it is directly part of.' })
  parent(@Root() town: Root_, @Ctx() { loaders }: ApiContext) {
    return loaders.relatedNode('town-parent', town.id);
  }

  @FieldResolver(() => [Town], { description: 'Towns directly inside it.' })
  children(@Root() town: Root_, @Args(() => RelatedArgs) { first }: RelatedArgs, @Ctx() { loaders }: ApiContext) {
    return loaders.relatedNodes('town-children', town.id, first);
  }

  @FieldResolver(() => [Town], { description: 'The towns it lies in, nearest first.' })
  ancestors(@Root() town: Root_, @Args(() => RelatedArgs) { first }: RelatedArgs, @Ctx() { loaders }: ApiContext) {
    return loaders.relatedNodes('town-ancestors', town.id, first);
  }

  @FieldResolver(() => [Town], { description: 'Every town inside it, at any depth, by official code.' })
  descendants(@Root() town: Root_, @Args(() => RelatedArgs) { first }: RelatedArgs, @Ctx() { loaders }: ApiContext) {
    return loaders.relatedNodes('town-descendants', town.id, first);
  }

  @FieldResolver(() => [Unit], { description: 'Units based in it (or in the towns inside it).' })
  units(
    @Root() town: Root_,
    @Args(() => TownRelatedArgs) { first, includeSubTowns }: TownRelatedArgs,
    @Ctx() { loaders }: ApiContext,
  ) {
    return loaders.relatedNodes('town-units', town.id, first, { subTowns: includeSubTowns });
  }

  @FieldResolver(() => [CampaignCount], {
    description:
      'Campaigns held in it (or in the towns inside it), with the number of supporting articles, each counted once.',
  })
  async campaigns(
    @Root() town: Root_,
    @Args(() => TownRelatedArgs) { first, includeSubTowns }: TownRelatedArgs,
    @Ctx() { loaders }: ApiContext,
  ) {
    const items = await loaders.related('town-campaigns', town.id, first, { subTowns: includeSubTowns });
    return items.map((item) => ({ campaign: item.node, count: item.count ?? 0 }));
  }

  @FieldResolver(() => [Event], {
    description: 'Events held in it (or in the towns inside it), in date order, as `timeline` lists them.',
  })
  events(
    @Root() town: Root_,
    @Args(() => TownRelatedArgs) { first, includeSubTowns }: TownRelatedArgs,
    @Ctx() { loaders }: ApiContext,
  ) {
    return loaders.relatedNodes('town-events', town.id, first, { subTowns: includeSubTowns });
  }

  @FieldResolver(() => [Article], { description: 'Articles that mention it (or a town inside it), newest first.' })
  articles(
    @Root() town: Root_,
    @Args(() => TownRelatedArgs) { first, includeSubTowns }: TownRelatedArgs,
    @Ctx() { loaders }: ApiContext,
  ) {
    return loaders.relatedNodes('town-articles', town.id, first, { subTowns: includeSubTowns });
  }

  @FieldResolver(() => [ReporterCount], {
    description:
      'Reporters who covered it or a town inside it (credited on articles that mention it or report events there), with article counts.',
  })
  async reporters(
    @Root() town: Root_,
    @Args(() => TownRelatedArgs) { first, includeSubTowns }: TownRelatedArgs,
    @Ctx() { loaders }: ApiContext,
  ) {
    const items = await loaders.related('town-reporters', town.id, first, { subTowns: includeSubTowns });
    return items.map((item) => ({ reporter: item.node, count: item.count ?? 0 }));
  }
}

@Resolver(() => Unit)
export class UnitResolver {
  @FieldResolver(() => Town, { nullable: true, description: 'The town it is based in (best evidenced).' })
  town(@Root() unit: Root_, @Ctx() { loaders }: ApiContext) {
    return loaders.relatedNode('unit-towns', unit.id);
  }

  @FieldResolver(() => [TownCount], { description: 'Every town it is based in, with evidence counts.' })
  async towns(@Root() unit: Root_, @Args(() => RelatedArgs) { first }: RelatedArgs, @Ctx() { loaders }: ApiContext) {
    const items = await loaders.related('unit-towns', unit.id, first);
    return items.map((item) => ({ town: item.node, count: item.count ?? 0 }));
  }

  @FieldResolver(() => [CampaignCount], {
    description: 'Campaigns it ran (or organized events of), with article counts.',
  })
  async campaigns(
    @Root() unit: Root_,
    @Args(() => RelatedArgs) { first }: RelatedArgs,
    @Ctx() { loaders }: ApiContext,
  ) {
    const items = await loaders.related('unit-campaigns', unit.id, first);
    return items.map((item) => ({ campaign: item.node, count: item.count ?? 0 }));
  }

  @FieldResolver(() => [Event], { description: 'Events it organized, in date order.' })
  events(@Root() unit: Root_, @Args(() => RelatedArgs) { first }: RelatedArgs, @Ctx() { loaders }: ApiContext) {
    return loaders.relatedNodes('unit-events', unit.id, first);
  }

  @FieldResolver(() => [Article], { description: 'Articles that mention it, newest first.' })
  articles(@Root() unit: Root_, @Args(() => RelatedArgs) { first }: RelatedArgs, @Ctx() { loaders }: ApiContext) {
    return loaders.relatedNodes('unit-articles', unit.id, first);
  }

  @FieldResolver(() => [Partner], { description: 'Units it worked with: same events organized or same campaigns run.' })
  async partners(@Root() unit: Root_, @Args(() => RelatedArgs) { first }: RelatedArgs, @Ctx() { loaders }: ApiContext) {
    const items = await loaders.related('unit-partners', unit.id, first);
    return items.map((item) => ({ unit: item.node, count: item.count ?? 0, sharedCampaigns: item.shared }));
  }
}

@Resolver(() => Reporter)
export class ReporterResolver {
  @FieldResolver(() => [RoleCount], { description: 'Roles credited in, with article counts.' })
  async roles(@Root() reporter: Root_, @Ctx() { loaders }: ApiContext) {
    const items = await loaders.related('reporter-roles', reporter.id, 10);
    return items.map((item) => ({ role: item.name ?? '', articles: item.count ?? 0 }));
  }

  @FieldResolver(() => [Credit], { description: 'Articles credited on, newest first, with the roles on each.' })
  async articles(
    @Root() reporter: Root_,
    @Args(() => ReporterArticlesArgs) { first, role }: ReporterArticlesArgs,
    @Ctx() { loaders }: ApiContext,
  ) {
    const items = await loaders.related('reporter-articles', reporter.id, first, { role: role ?? null });
    return items.map((item) => ({ article: item.node, roles: item.roles }));
  }

  @FieldResolver(() => [TownCount], {
    description: 'Towns covered (mentioned or where reported events were held), with article counts.',
  })
  async towns(
    @Root() reporter: Root_,
    @Args(() => RelatedArgs) { first }: RelatedArgs,
    @Ctx() { loaders }: ApiContext,
  ) {
    const items = await loaders.related('reporter-towns', reporter.id, first);
    return items.map((item) => ({ town: item.node, count: item.count ?? 0 }));
  }

  @FieldResolver(() => [ReporterCount], {
    description: 'People credited on the same articles, with shared-article counts.',
  })
  async coauthors(
    @Root() reporter: Root_,
    @Args(() => RelatedArgs) { first }: RelatedArgs,
    @Ctx() { loaders }: ApiContext,
  ) {
    const items = await loaders.related('reporter-coauthors', reporter.id, first);
    return items.map((item) => ({ reporter: item.node, count: item.count ?? 0 }));
  }
}

@Resolver(() => Campaign)
export class CampaignResolver {
  @FieldResolver(() => [TownCount], { description: 'Towns it was held in, with evidence counts.' })
  async towns(
    @Root() campaign: Root_,
    @Args(() => RelatedArgs) { first }: RelatedArgs,
    @Ctx() { loaders }: ApiContext,
  ) {
    const items = await loaders.related('campaign-towns', campaign.id, first);
    return items.map((item) => ({ town: item.node, count: item.count ?? 0 }));
  }

  @FieldResolver(() => [UnitCount], {
    description: 'Units that ran it (or organized its events), with article counts.',
  })
  async units(
    @Root() campaign: Root_,
    @Args(() => RelatedArgs) { first }: RelatedArgs,
    @Ctx() { loaders }: ApiContext,
  ) {
    const items = await loaders.related('campaign-units', campaign.id, first);
    return items.map((item) => ({ unit: item.node, count: item.count ?? 0 }));
  }

  @FieldResolver(() => [UnitCount], {
    description: 'Units named in the same articles (weaker than `units`: the article names both), with article counts.',
  })
  async unitsMentionedWith(
    @Root() campaign: Root_,
    @Args(() => RelatedArgs) { first }: RelatedArgs,
    @Ctx() { loaders }: ApiContext,
  ) {
    const items = await loaders.related('campaign-co-mentioned-units', campaign.id, first);
    return items.map((item) => ({ unit: item.node, count: item.count ?? 0 }));
  }

  @FieldResolver(() => [Event], { description: 'Events that are part of it, in date order.' })
  events(@Root() campaign: Root_, @Args(() => RelatedArgs) { first }: RelatedArgs, @Ctx() { loaders }: ApiContext) {
    return loaders.relatedNodes('campaign-events', campaign.id, first);
  }

  @FieldResolver(() => [Article], { description: 'Articles that mention it, newest first.' })
  articles(@Root() campaign: Root_, @Args(() => RelatedArgs) { first }: RelatedArgs, @Ctx() { loaders }: ApiContext) {
    return loaders.relatedNodes('campaign-articles', campaign.id, first);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Earliest date of its articles and events.' })
  async firstSeen(@Root() campaign: Root_, @Ctx() { loaders }: ApiContext) {
    return (await loaders.related('campaign-seen', campaign.id, 1))[0]?.first ?? null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Latest date of its articles and events.' })
  async lastSeen(@Root() campaign: Root_, @Ctx() { loaders }: ApiContext) {
    return (await loaders.related('campaign-seen', campaign.id, 1))[0]?.last ?? null;
  }
}

@Resolver(() => Event)
export class EventResolver {
  @FieldResolver(() => [Quantity], { description: 'Amounts it mentions.' })
  quantities(@Root() event: Root_) {
    const texts = (event.quantities as string[] | undefined) ?? [];
    const values = (event.quantityValues as (number | null)[] | undefined) ?? [];
    const units = (event.quantityUnits as (string | null)[] | undefined) ?? [];
    return texts.map((text, i) => ({ text, value: values[i] ?? null, unit: units[i] ?? null }));
  }

  @FieldResolver(() => Town, { nullable: true, description: 'Where it was held.' })
  town(@Root() event: Root_, @Ctx() { loaders }: ApiContext) {
    return loaders.relatedNode('event-towns', event.id);
  }

  @FieldResolver(() => [Unit], { description: 'Units that organized it.' })
  units(@Root() event: Root_, @Args(() => RelatedArgs) { first }: RelatedArgs, @Ctx() { loaders }: ApiContext) {
    return loaders.relatedNodes('event-units', event.id, first);
  }

  @FieldResolver(() => [Campaign], { description: 'Campaigns it is part of.' })
  campaigns(@Root() event: Root_, @Args(() => RelatedArgs) { first }: RelatedArgs, @Ctx() { loaders }: ApiContext) {
    return loaders.relatedNodes('event-campaigns', event.id, first);
  }

  @FieldResolver(() => Article, { nullable: true, description: 'The article that reports it.' })
  article(@Root() event: Root_, @Ctx() { loaders }: ApiContext) {
    return loaders.relatedNode('event-article', event.id);
  }
}

@Resolver(() => Article)
export class ArticleResolver {
  @FieldResolver(() => String, { description: 'The normalised body text.' })
  async text(@Root() article: Root_, @Ctx() { loaders }: ApiContext) {
    // Walks (neighbourhood, path) leave texts behind; the text is then loaded by id.
    if (typeof article.text === 'string') return article.text;
    return String((await loaders.nodes.load(article.id))?.text ?? '');
  }

  @FieldResolver(() => Page, { nullable: true, description: 'The page it is printed on.' })
  page(@Root() article: Root_, @Ctx() { loaders }: ApiContext) {
    return loaders.relatedNode('article-page', article.id);
  }

  @FieldResolver(() => [Byline], { description: 'People credited, in byline order, with their roles.' })
  async reporters(@Root() article: Root_, @Ctx() { loaders }: ApiContext) {
    const items = await loaders.related('article-reporters', article.id, 100);
    return items.map((item) => ({ reporter: item.node, roles: item.roles }));
  }

  @FieldResolver(() => [Mention], { description: 'Everything it names (towns, units, campaigns, persons), in order.' })
  async mentions(@Root() article: Root_, @Ctx() { loaders }: ApiContext) {
    const items = await loaders.related('article-mentions', article.id, 500);
    return items.map((item) => ({ node: item.node, count: item.count ?? 0, texts: item.texts }));
  }

  @FieldResolver(() => [Town], { description: 'Towns it mentions.' })
  towns(@Root() article: Root_, @Ctx() ctx: ApiContext) {
    return mentioned(article, ctx, 'Town');
  }

  @FieldResolver(() => [Unit], { description: 'Units it mentions.' })
  units(@Root() article: Root_, @Ctx() ctx: ApiContext) {
    return mentioned(article, ctx, 'Unit');
  }

  @FieldResolver(() => [Campaign], { description: 'Campaigns it mentions.' })
  campaigns(@Root() article: Root_, @Ctx() ctx: ApiContext) {
    return mentioned(article, ctx, 'Campaign');
  }

  @FieldResolver(() => [Person], { description: 'Persons it mentions.' })
  persons(@Root() article: Root_, @Ctx() ctx: ApiContext) {
    return mentioned(article, ctx, 'Person');
  }

  @FieldResolver(() => [Event], { description: 'Events it reports.' })
  events(@Root() article: Root_, @Ctx() { loaders }: ApiContext) {
    return loaders.relatedNodes('article-events', article.id, 100);
  }
}

async function mentioned(article: GraphNode, { loaders }: ApiContext, type: GraphNode['type']) {
  const items = await loaders.related('article-mentions', article.id, 500);
  return items.filter((item) => item.node.type === type).map((item) => item.node);
}

@Resolver(() => Page)
export class PageResolver {
  @FieldResolver(() => [Article], { description: 'Its articles in page order.' })
  articles(@Root() page: Root_, @Args(() => RelatedArgs) { first }: RelatedArgs, @Ctx() { loaders }: ApiContext) {
    return loaders.relatedNodes('page-articles', page.id, first);
  }
}

@Resolver(() => Person)
export class PersonResolver {
  @FieldResolver(() => [Article], { description: 'Articles that mention them, newest first.' })
  articles(@Root() person: Root_, @Args(() => RelatedArgs) { first }: RelatedArgs, @Ctx() { loaders }: ApiContext) {
    return loaders.relatedNodes('person-articles', person.id, first);
  }

  @FieldResolver(() => [PersonPost], {
    description: 'The posts the articles give them, with the unit or town of each, newest article first.',
  })
  async posts(@Root() person: Root_, @Args(() => RelatedArgs) { first }: RelatedArgs, @Ctx() { loaders }: ApiContext) {
    const items = await loaders.related('person-posts', person.id, first);
    return items.map((item) => {
      const [holder] = item.shared;
      return {
        post: item.name ?? '',
        unit: holder?.type === 'Unit' ? holder : null,
        town: holder?.type === 'Town' ? holder : null,
        article: item.node,
      };
    });
  }
}

@Resolver(() => PathEdge)
export class PathEdgeResolver {
  @FieldResolver(() => [Article], { description: 'The articles that state this relationship.' })
  async articles(@Root() edge: PathEdge, @Ctx() { loaders }: ApiContext) {
    return (await loaders.nodes.loadMany(edge.articleIds)).filter(isNode);
  }

  @FieldResolver(() => [Page], {
    description:
      'The pages behind an aggregated relationship (a page-level fact, e.g. a unit’s town, has a page but no article).',
  })
  async pages(@Root() edge: PathEdge, @Ctx() { loaders }: ApiContext) {
    return (await loaders.nodes.loadMany(edge.pageIds)).filter(isNode);
  }
}

function isNode(value: GraphNode | null | Error): value is GraphNode {
  return value !== null && !(value instanceof Error);
}

/** totalCount of every connection: one count query, run only when the field is asked for. */
function countResolver(connection: (typeof CONNECTIONS)[number]) {
  @Resolver(() => connection)
  class CountResolver {
    @FieldResolver(() => Int)
    totalCount(@Root() root: ConnectionShape<GraphNode>, @Ctx() { services }: ApiContext) {
      return services.explore.count(root.countSource.list, root.countSource.filter);
    }
  }
  return CountResolver;
}

export const CONNECTION_RESOLVERS = CONNECTIONS.map(countResolver);

export const ENTITY_RESOLVERS = [
  TownResolver,
  UnitResolver,
  ReporterResolver,
  CampaignResolver,
  EventResolver,
  ArticleResolver,
  PageResolver,
  PersonResolver,
  PathEdgeResolver,
] as const;
