import {
  IsEnum,
  IsIn,
  IsOptional,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateBy,
  ValidateNested,
} from 'class-validator';
import { ArgsType, Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { calendarDay } from '../../extract/dates.js';
import { MAX_PAGE_CHARACTERS } from '../../extract/page.js';
import { NodeType } from './node.js';
import { TownLevel } from './town-level.js';
import { ArticleKindEnum, ReporterRoleEnum } from './credit-enums.js';
import { ARTICLE_KINDS, REPORTER_ROLES, type ArticleKind, type ReporterRole } from '../../extract/types.js';
import { STORED_TOWN_LEVELS, type StoredTownLevel } from '../../graph/town-levels.js';

/** Largest page a list returns (`first`); larger asks are refused, not silently cut. */
export const MAX_PAGE_SIZE = 100;
/** Largest list a relationship field returns. */
export const MAX_RELATED = 500;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A day of the calendar written as ISO (2023-06-20): the shape and the day both, so that
 * 2023-13-45 is the user's mistake (BAD_USER_INPUT) rather than Neo4j's date() failing.
 */
function IsIsoDate(field: string): PropertyDecorator {
  return ValidateBy({
    name: 'isIsoDate',
    validator: {
      validate: (value: unknown) => {
        const m = typeof value === 'string' ? ISO_DATE.exec(value) : null;
        return m !== null && calendarDay(Number(m[1]), Number(m[2]), Number(m[3])) === value;
      },
      defaultMessage: () => `${field} must be a calendar day written as an ISO date, such as 2023-06-20`,
    },
  });
}

@InputType({ description: 'Names a node: by `id`, or by `type` and `name` (a name, an alias, or a town code).' })
export class NodeRef {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @MaxLength(300)
  id?: string;

  @Field(() => NodeType, { nullable: true })
  @IsOptional()
  @IsEnum(NodeType)
  type?: NodeType;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MinLength(1)
  @MaxLength(200)
  name?: string;
}

@ArgsType()
export class RelatedArgs {
  @Field(() => Int, { defaultValue: 50, description: `At most this many (1–${MAX_RELATED}).` })
  @Min(1)
  @Max(MAX_RELATED, { message: `first must not be greater than ${MAX_RELATED}` })
  first: number = 50;
}

/**
 * The one rule of every town field that answers "what happened here": a town includes the
 * towns inside it (a 市 its 镇, a 镇 its 村), as `within` filters and `timeline` do.
 */
const SUB_TOWNS_DESCRIPTION =
  'Include what is in the towns inside it, at any depth (the default, as `within` filters and `timeline` do); false answers for the town alone.';

@ArgsType()
export class TownRelatedArgs extends RelatedArgs {
  @Field(() => Boolean, { defaultValue: true, description: SUB_TOWNS_DESCRIPTION })
  includeSubTowns: boolean = true;
}

@ArgsType()
export class ReporterArticlesArgs extends RelatedArgs {
  @Field(() => ReporterRoleEnum, { nullable: true, description: 'Only articles credited in this role.' })
  @IsOptional()
  @IsIn(REPORTER_ROLES)
  role?: ReporterRole;
}

@ArgsType()
export class ListArgs {
  @Field(() => Int, { defaultValue: 20, description: `Page size (1–${MAX_PAGE_SIZE}).` })
  @Min(1)
  @Max(MAX_PAGE_SIZE, { message: `first must not be greater than ${MAX_PAGE_SIZE}` })
  first: number = 20;

  @Field(() => String, { nullable: true, description: 'The `endCursor` of the previous page.' })
  @IsOptional()
  @MaxLength(100)
  after?: string;

  @Field(() => Boolean, { defaultValue: false, description: 'Sort descending.' })
  desc: boolean = false;
}

@InputType({ description: 'Filters shared by the lists; each list uses the ones that make sense for it.' })
class BaseFilter {
  @Field(() => String, { nullable: true, description: 'Id or name of a town: this town and everything inside it.' })
  @IsOptional()
  @MaxLength(200)
  within?: string;
}

@InputType()
export class TownFilter extends BaseFilter {
  @Field(() => String, { nullable: true, description: 'Name or alias contains this.' })
  @IsOptional()
  @MaxLength(100)
  nameContains?: string;

  @Field(() => TownLevel, { nullable: true, description: 'Towns of this level only.' })
  @IsOptional()
  @IsIn(STORED_TOWN_LEVELS)
  level?: StoredTownLevel;
}

@InputType()
export class UnitFilter extends BaseFilter {
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(100) nameContains?: string;
  @Field(() => String, { nullable: true, description: 'Id or name of a campaign the unit ran.' })
  @IsOptional()
  @MaxLength(200)
  campaign?: string;
}

@InputType()
export class CampaignFilter extends BaseFilter {
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(100) nameContains?: string;
  @Field(() => String, { nullable: true, description: 'Id or name of a unit that ran it.' })
  @IsOptional()
  @MaxLength(200)
  unit?: string;
  @Field(() => String, { nullable: true, description: 'Seen on or after (ISO date).' })
  @IsOptional()
  @IsIsoDate('from')
  from?: string;
  @Field(() => String, { nullable: true, description: 'Seen on or before (ISO date).' })
  @IsOptional()
  @IsIsoDate('to')
  to?: string;
}

@InputType()
export class ReporterFilter extends BaseFilter {
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(100) nameContains?: string;
  @Field(() => ReporterRoleEnum, { nullable: true, description: 'Credited at least once in this role.' })
  @IsOptional()
  @IsIn(REPORTER_ROLES)
  role?: ReporterRole;
}

/** The dates and the campaign of what happened, shared by events and articles. */
@InputType({ description: 'Filters of what happened: dates and campaign.' })
class HappeningFilter extends BaseFilter {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIsoDate('from')
  from?: string;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIsoDate('to')
  to?: string;
  @Field(() => String, { nullable: true, description: 'Id or name of a campaign it is part of.' })
  @IsOptional()
  @MaxLength(200)
  campaign?: string;
}

@InputType()
export class EventFilter extends HappeningFilter {
  @Field(() => String, { nullable: true, description: 'Id or name of a unit that organized it.' })
  @IsOptional()
  @MaxLength(200)
  unit?: string;
  @Field(() => String, { nullable: true, description: 'Its one-line summary contains this.' })
  @IsOptional()
  @MaxLength(100)
  summaryContains?: string;
}

@InputType()
export class ArticleFilter extends HappeningFilter {
  @Field(() => String, { nullable: true, description: 'Id or name of a unit it mentions.' })
  @IsOptional()
  @MaxLength(200)
  unit?: string;
  @Field(() => String, { nullable: true, description: 'Title or subtitle contains this.' })
  @IsOptional()
  @MaxLength(100)
  titleContains?: string;
  @Field(() => String, { nullable: true, description: "The story's text (its body) contains this." })
  @IsOptional()
  @MaxLength(100)
  textContains?: string;
  @Field(() => ArticleKindEnum, { nullable: true })
  @IsOptional()
  @IsIn(ARTICLE_KINDS)
  kind?: ArticleKind;
  @Field(() => String, { nullable: true, description: 'Id or name of a reporter credited on it.' })
  @IsOptional()
  @MaxLength(100)
  reporter?: string;
}

@InputType()
export class PageFilter {
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(100) paper?: string;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIsoDate('from')
  from?: string;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIsoDate('to')
  to?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(200) fileContains?: string;
}

export enum TownSort {
  NAME = 'NAME',
  CODE = 'CODE',
  MENTIONS = 'MENTIONS',
}
export enum UnitSort {
  NAME = 'NAME',
  MENTIONS = 'MENTIONS',
}
export enum CampaignSort {
  NAME = 'NAME',
  TOWNS = 'TOWNS',
  MENTIONS = 'MENTIONS',
}
export enum ReporterSort {
  NAME = 'NAME',
  ARTICLES = 'ARTICLES',
}
export enum EventSort {
  DATE = 'DATE',
}
export enum ArticleSort {
  DATE = 'DATE',
  TITLE = 'TITLE',
}
export enum PageSort {
  FILE = 'FILE',
  DATE = 'DATE',
}
registerEnumType(TownSort, { name: 'TownSort' });
registerEnumType(UnitSort, { name: 'UnitSort', description: 'MENTIONS: articles that mention it.' });
registerEnumType(CampaignSort, { name: 'CampaignSort', description: 'TOWNS: towns held in; MENTIONS: articles.' });
registerEnumType(ReporterSort, { name: 'ReporterSort' });
registerEnumType(EventSort, { name: 'EventSort' });
registerEnumType(ArticleSort, { name: 'ArticleSort' });
registerEnumType(PageSort, { name: 'PageSort' });

function listArgs<F extends object, S extends string>(
  filter: new () => F,
  sort: Record<string, S>,
  sortName: string,
  defaultSort: S,
) {
  @ArgsType()
  class Args extends ListArgs {
    @Field(() => filter, { nullable: true })
    @IsOptional()
    @ValidateNested()
    filter?: F;

    @Field(() => sort, { defaultValue: defaultSort, description: `Order by (${sortName}).` })
    @IsEnum(sort)
    sort: S = defaultSort;
  }
  return Args;
}

@ArgsType()
export class TownsArgs extends listArgs(TownFilter, TownSort, 'TownSort', TownSort.NAME) {}
@ArgsType()
export class UnitsArgs extends listArgs(UnitFilter, UnitSort, 'UnitSort', UnitSort.NAME) {}
@ArgsType()
export class CampaignsArgs extends listArgs(CampaignFilter, CampaignSort, 'CampaignSort', CampaignSort.NAME) {}
@ArgsType()
export class ReportersArgs extends listArgs(ReporterFilter, ReporterSort, 'ReporterSort', ReporterSort.NAME) {}
@ArgsType()
export class EventsArgs extends listArgs(EventFilter, EventSort, 'EventSort', EventSort.DATE) {}
@ArgsType()
export class ArticlesArgs extends listArgs(ArticleFilter, ArticleSort, 'ArticleSort', ArticleSort.DATE) {}
@ArgsType()
export class PagesArgs extends listArgs(PageFilter, PageSort, 'PageSort', PageSort.FILE) {}

@ArgsType()
export class SearchArgs {
  @Field(() => String, { description: 'Words to find in names, aliases and titles.' })
  @MinLength(1, { message: 'text must not be empty' })
  @MaxLength(200)
  text!: string;

  @Field(() => [NodeType], { nullable: true, description: 'Only these types (default: all searchable).' })
  @IsOptional()
  @IsEnum(NodeType, { each: true })
  types?: NodeType[];

  @Field(() => Int, { defaultValue: 10 })
  @Min(1)
  @Max(MAX_PAGE_SIZE, { message: `first must not be greater than ${MAX_PAGE_SIZE}` })
  first: number = 10;
}

export const MAX_HOPS = 10;

@ArgsType()
export class PathArgs {
  @Field(() => NodeRef) @ValidateNested() from!: NodeRef;
  @Field(() => NodeRef) @ValidateNested() to!: NodeRef;
  @Field(() => Int, { defaultValue: 6, description: `Longest path considered (1–${MAX_HOPS} relationships).` })
  @Min(1)
  @Max(MAX_HOPS, { message: `maxHops must not be greater than ${MAX_HOPS}` })
  maxHops: number = 6;
  @Field(() => Int, { defaultValue: 3, description: 'At most this many shortest paths (1–20).' })
  @Min(1)
  @Max(20, { message: 'first must not be greater than 20' })
  first: number = 3;
}

@ArgsType()
export class NeighborhoodArgs {
  @Field(() => NodeRef) @ValidateNested() of!: NodeRef;
  @Field(() => Int, { defaultValue: 1, description: 'Hops from the node (1–3).' })
  @Min(1)
  @Max(3, { message: 'depth must not be greater than 3' })
  depth: number = 1;
  @Field(() => Int, { defaultValue: 100, description: 'At most this many nodes, the start included (1–500).' })
  @Min(1)
  @Max(500, { message: 'limit must not be greater than 500' })
  limit: number = 100;
  @Field(() => [NodeType], { nullable: true, description: 'Only walk to nodes of these types.' })
  @IsOptional()
  @IsEnum(NodeType, { each: true })
  types?: NodeType[];
}

@ArgsType()
export class TimelineArgs {
  @Field(() => NodeRef) @ValidateNested() of!: NodeRef;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIsoDate('from')
  from?: string;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIsoDate('to')
  to?: string;
  @Field(() => Int, { defaultValue: 50 })
  @Min(1)
  @Max(MAX_RELATED, { message: `first must not be greater than ${MAX_RELATED}` })
  first: number = 50;
  @Field(() => Boolean, {
    defaultValue: true,
    description:
      'Of a town: include the events of the towns inside it, at any depth (the default, as the town fields do); false lists its own. Other nodes ignore it.',
  })
  includeSubTowns: boolean = true;
}

@ArgsType()
export class CooccurrenceArgs {
  @Field(() => NodeRef) @ValidateNested() of!: NodeRef;
  @Field(() => Int, { defaultValue: 20 })
  @Min(1)
  @Max(MAX_PAGE_SIZE, { message: `first must not be greater than ${MAX_PAGE_SIZE}` })
  first: number = 20;
}

@ArgsType()
export class CampaignSpreadArgs {
  @Field(() => Int, { defaultValue: 2, description: 'Only campaigns held in at least this many towns.' })
  @Min(1)
  @Max(10_000)
  minTowns: number = 2;
  @Field(() => Int, { defaultValue: 20 })
  @Min(1)
  @Max(MAX_PAGE_SIZE, { message: `first must not be greater than ${MAX_PAGE_SIZE}` })
  first: number = 20;
}

const SOURCE_MESSAGE =
  'source must be a file name: 1–200 characters, no slashes, no control or text-direction characters';

@ArgsType()
export class IngestPageArgs {
  @Field(() => String, { description: 'The raw OCR text of one page.' })
  @MinLength(1, { message: 'text must not be empty' })
  // The page text extraction takes at most (the HTTP body limit is 2 MiB).
  @MaxLength(MAX_PAGE_CHARACTERS, { message: `text must be at most ${MAX_PAGE_CHARACTERS} characters` })
  text!: string;

  @Field(() => String, {
    description: 'File name it is loaded as (a later text with the same name replaces it), e.g. 005_abc.txt.',
  })
  // Control characters (NUL, CR/LF) and format characters (bidi overrides, zero-width
  // marks) would forge log lines or show one name as another; . and .. are no file names.
  @Matches(/^(?!\.\.?$)[^/\\\p{Cc}\p{Cf}]{1,200}$/u, { message: SOURCE_MESSAGE })
  source!: string;
}
