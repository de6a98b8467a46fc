/**
 * The shapes that flow through the extraction pipeline.
 *
 *   raw bytes ─normalize─▶ NormalizedText ─header─▶ PageHeader
 *                               │
 *                               └─segment─▶ ArticleDraft[] ─byline─▶ Credit[]
 *                                                │
 *            gazetteer + entities/* ◀────────────┘
 *                   │
 *                   └─events, relations─▶ PageExtraction
 *
 * Every stage is a pure function of its inputs (plus read-only reference data such
 * as the administrative-division index), so each can be tested on a real snippet.
 *
 * Offsets: a `Span` is a half-open range of UTF-16 code-unit offsets into the
 * *original decoded text* of the page, so a user can always be shown the exact
 * characters a fact came from. Stages work on normalised text and map back through
 * `NormalizedText.toOriginal`.
 */

/** Half-open [start, end) range in the original decoded page text. */
export interface Span {
  start: number;
  end: number;
}

export interface NormalizedText {
  /** The cleaned text: one paragraph per line, OCR spaces removed, punctuation unified. */
  text: string;
  /** The decoded original text the offsets refer to. */
  original: string;
  /**
   * Maps an offset in `text` to an offset in `original`. Offsets at the end of the
   * text map to `original.length`. Monotonic: a < b implies toOriginal(a) <= toOriginal(b).
   */
  toOriginal(offset: number): number;
  /** Convenience: maps a normalised [start, end) range to a Span in the original. */
  spanToOriginal(start: number, end: number): Span;
  warnings: string[];
}

export interface PageHeader {
  /** Chinese name of the paper, e.g. 洛阳日报; null when the page does not say. */
  paper: string | null;
  /** ISO date (YYYY-MM-DD) printed on the page; null when absent. */
  date: string | null;
  pageNo: string | null;
  section: string | null;
  editors: string[];
  proofreaders: string[];
}

/** The header of a page that says nothing about itself (a fresh object each time). */
export function emptyHeader(): PageHeader {
  return { paper: null, date: null, pageNo: null, section: null, editors: [], proofreaders: [] };
}

/** What a story is: a report, a feature (通讯, 侧记 …) or a captioned photo. */
export const ARTICLE_KINDS = ['news', 'feature', 'photo'] as const;
export type ArticleKind = (typeof ARTICLE_KINDS)[number];
/** How a byline credits a person. */
export const REPORTER_ROLES = ['reporter', 'correspondent', 'photographer'] as const;
export type ReporterRole = (typeof REPORTER_ROLES)[number];

export interface Credit {
  name: string;
  role: ReporterRole;
}

/** One story as the segmenter cut it out of the page. */
export interface Article {
  /** Position on the page, 0-based, in reading order of the bodies. */
  index: number;
  kind: ArticleKind;
  title: string | null;
  subtitle: string | null;
  /** The byline text as printed (normalised), or null. */
  byline: string | null;
  reporters: Credit[];
  /** Normalised body text (paragraphs separated by '\n'), without title and byline. */
  body: string;
  /** Offset of `body` in NormalizedText.text, so body offsets can be mapped to the original. */
  bodyOffset: number;
  /** Where the whole story (title, byline, body) sits in the original text. */
  span: Span;
}

export type EntityType = 'town' | 'unit' | 'reporter' | 'campaign' | 'person';
export const ENTITY_TYPES: readonly EntityType[] = ['town', 'unit', 'reporter', 'campaign', 'person'];

/** 省 市 县 区 镇 乡 街道 社区 村 屯 */
export type TownLevel =
  | 'province'
  | 'city'
  | 'county'
  | 'district'
  | 'town'
  | 'township'
  | 'subdistrict'
  | 'community'
  | 'village'
  | 'hamlet';

export interface Mention {
  /** Article the mention is in (index), or null for the page header. */
  article: number | null;
  /** The text as written (normalised). */
  text: string;
  span: Span;
}

export interface Entity {
  type: EntityType;
  /** Canonical name: the fullest form the page supports. */
  name: string;
  /** Other written forms seen on the page (never equal to `name`). */
  aliases: string[];
  mentions: Mention[];
  /** Towns only: resolution against the official division dataset. */
  town?: TownResolution;
  /** Units only: the town the unit belongs to, by canonical town name, when known. */
  basedIn?: string | null;
  /** Persons only: the posts the text writes before the name (街道党工委书记某某). */
  posts?: PersonPost[];
}

/** A post a person holds as one article writes it: 书记 of 某镇党委, 镇长 in 某镇. */
export interface PersonPost {
  /** The post as written, with any generic organ words before it (社区党委书记) and no name. */
  post: string;
  /** Canonical name of the unit written right before the post, when one is. */
  unit: string | null;
  /** Canonical name of the town written right before the post, when one is (and no unit). */
  town: string | null;
  article: number;
}

export interface TownResolution {
  level: TownLevel | null;
  /** NBS code when resolved to the official dataset, else null. */
  code: string | null;
  /** Official name in the dataset (village names without the 村委会/居委会 suffix). */
  officialName: string | null;
  /** Parent chain, nearest first, from the dataset (or from the text when unresolved). */
  parents: { name: string; code: string | null; level: TownLevel | null }[];
}

export interface Quantity {
  /** e.g. "1700余份" */
  text: string;
  value: number;
  unit: string;
  /** true for 余 / 多 / 近 etc. */
  approximate: boolean;
}

/** 'month-day': a day whose year no part of the page gives (stated as `--MM-DD`). */
export type DatePrecision = 'day' | 'month' | 'year' | 'approximate' | 'month-day';

export interface ExtractedEvent {
  /** Stable within the page: `${articleIndex}:${n}` */
  id: string;
  article: number;
  /** ISO date, resolved against the page date; null when nothing can be said or the year is unknown. */
  date: string | null;
  datePrecision: DatePrecision | null;
  /** The date as the text states it (`2023-06-20`, `2023-06`, `--06-20`); null when it states none (近日). */
  statedDate: string | null;
  /** The last day of a span (`8月12日至14日`), resolved like `date`; null for one day or none. */
  endDate: string | null;
  /** That last day as the text states it (`2023-08-14`, `--08-14`); null for one day or none. */
  statedEndDate: string | null;
  /** What happened, one short line (usually the clause with the main verb). */
  summary: string;
  /**
   * Canonical names of the lowest towns where it happened: one, or each of a list the
   * text gives (`分别到A社区、B社区、C社区`); empty when it names no place.
   */
  towns: string[];
  /** Where it took place when the text names a venue (`在某某广场开展` → 某某广场); null otherwise. */
  venue: string | null;
  units: string[];
  campaigns: string[];
  quantities: Quantity[];
  /** The sentence it came from. */
  sentence: Span;
}

export type RelationType =
  | 'TOWN_IN' // town -> parent town
  | 'RUNS' // unit -> campaign
  | 'HELD_IN' // campaign -> town
  | 'WROTE' // reporter -> article title
  | 'BASED_IN' // unit -> town
  | 'EVENT_HELD_IN' // event id -> town
  | 'ORGANIZED' // unit -> event id
  | 'PART_OF' // event id -> campaign
  | 'MENTIONS'; // article title -> entity name (to carries the entity type in toType)

export interface Relation {
  type: RelationType;
  /** Canonical name (or event id / article title, see RelationType). */
  from: string;
  to: string;
  /** For MENTIONS: the type of the mentioned entity. */
  toType?: EntityType;
  /** Article the evidence is in. */
  article: number | null;
  /** The evidence in the original text, when there is one place to point at. */
  span: Span | null;
  /** For WROTE: the role. */
  role?: ReporterRole;
}

export interface PageExtraction {
  file: string;
  page: PageHeader;
  articles: Article[];
  entities: Record<EntityType, Entity[]>;
  events: ExtractedEvent[];
  relations: Relation[];
  /** Problems met on the way; extraction never throws on bad text. */
  warnings: string[];
}
