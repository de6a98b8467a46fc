/**
 * The page document both sides of an evaluation share: the gold's JSON shape
 * (`docs/annotation-guidelines.md`). The extract CLI prints this shape (plus extra
 * fields), so a directory of its output can be scored against a directory of gold.
 */
import type { ArticleKind, EntityType, PageExtraction, PageHeader, ReporterRole } from '../extract/types.js';
import { emptyHeader, ENTITY_TYPES } from '../extract/types.js';

export interface DocEntity {
  name: string;
  aliases?: string[];
}

export interface DocArticle {
  title: string | null;
  subtitle: string | null;
  kind: ArticleKind;
  reporters: { name: string; role: ReporterRole }[];
}

export interface DocRelation {
  type: string;
  from: string;
  to: string;
}

export interface PageDocument {
  file: string;
  page: PageHeader;
  articles: DocArticle[];
  entities: Record<EntityType, DocEntity[]>;
  relations: DocRelation[];
}

/**
 * Events as the guidelines score them: relations keyed on the reporting article's title.
 * EVENT_ON only where the text states the date (`近日` gives none), in the stated form, and
 * for a span of days its first and its last.
 */
export function eventRelations(x: PageExtraction): DocRelation[] {
  return x.events.flatMap((e) => {
    const title = x.articles[e.article]?.title ?? null;
    if (title === null) return [];
    return [
      ...(e.statedDate === null ? [] : [{ type: 'EVENT_ON', from: title, to: e.statedDate }]),
      // A span of days (8月12日至14日) states its last day too.
      ...(e.statedEndDate === null ? [] : [{ type: 'EVENT_ON', from: title, to: e.statedEndDate }]),
      ...e.towns.map((town) => ({ type: 'EVENT_IN', from: title, to: town })),
      ...e.units.map((unit) => ({ type: 'ORGANIZED', from: unit, to: title })),
    ];
  });
}

/** The graph's relations that hang off event ids; they are scored in the title-keyed form instead. */
const EVENT_ID_RELATIONS: ReadonlySet<string> = new Set(['EVENT_HELD_IN', 'ORGANIZED', 'PART_OF']);
export const isEventIdRelation = (type: string): boolean => EVENT_ID_RELATIONS.has(type);

/** Projects a full extraction onto the gold's shape (extra fields are dropped). */
export function toPageDocument(x: PageExtraction): PageDocument {
  const entities = {} as Record<EntityType, DocEntity[]>;
  for (const type of ENTITY_TYPES) {
    entities[type] = (x.entities[type] ?? []).map((e) => ({ name: e.name, aliases: e.aliases }));
  }
  return {
    file: x.file,
    page: x.page,
    articles: x.articles.map((a) => ({
      title: a.title,
      subtitle: a.subtitle,
      kind: a.kind,
      reporters: a.reporters.map((r) => ({ name: r.name, role: r.role })),
    })),
    entities,
    relations: [
      ...x.relations.filter((r) => !isEventIdRelation(r.type)).map((r) => ({ type: r.type, from: r.from, to: r.to })),
      ...eventRelations(x),
    ],
  };
}

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const strList = (v: unknown): string[] => (Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : []);
const record = (v: unknown): Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/**
 * Reads a gold or predicted JSON document leniently: hand-made files miss fields,
 * and a scorer that crashes on one odd file is worse than one that scores it as empty.
 */
export function parsePageDocument(json: unknown, fallbackFile: string): PageDocument {
  const root = record(json);
  const page = record(root.page);
  const entitiesIn = record(root.entities);
  const entities = {} as Record<EntityType, DocEntity[]>;
  for (const type of ENTITY_TYPES) {
    entities[type] = list(entitiesIn[type]).flatMap((e) => {
      const name = str(record(e).name);
      return name === null ? [] : [{ name, aliases: strList(record(e).aliases) }];
    });
  }
  return {
    file: str(root.file) ?? fallbackFile,
    page: {
      ...emptyHeader(),
      paper: str(page.paper),
      date: str(page.date),
      pageNo: str(page.pageNo),
      section: str(page.section),
      editors: strList(page.editors),
      proofreaders: strList(page.proofreaders),
    },
    articles: list(root.articles).map((a) => {
      const r = record(a);
      const kind = str(r.kind);
      return {
        title: str(r.title),
        subtitle: str(r.subtitle),
        kind: kind === 'feature' || kind === 'photo' ? kind : 'news',
        reporters: list(r.reporters).flatMap((c) => {
          const name = str(record(c).name);
          const role = str(record(c).role);
          const known = role === 'reporter' || role === 'photographer' ? role : 'correspondent';
          return name === null ? [] : [{ name, role: known }];
        }),
      };
    }),
    entities,
    relations: list(root.relations).flatMap((rel) => {
      const r = record(rel);
      const [type, from, to] = [str(r.type), str(r.from), str(r.to)];
      return type === null || from === null || to === null ? [] : [{ type, from, to }];
    }),
  };
}
