/**
 * The JSON printed for one page: the gold's shape (so the scorer can read it back)
 * plus what the graph needs beyond it — spans, division codes, events, warnings.
 */
import type { PageExtraction } from '../extract/types.js';
import { ENTITY_TYPES } from '../extract/types.js';
import { eventRelations, isEventIdRelation } from '../eval/document.js';

export function pageJson(x: PageExtraction): unknown {
  const entities: Record<string, unknown[]> = {};
  for (const type of ENTITY_TYPES) {
    entities[type] = x.entities[type].map((e) => ({
      name: e.name,
      aliases: e.aliases,
      ...(e.town ? { level: e.town.level, code: e.town.code, parents: e.town.parents } : {}),
      ...(e.basedIn !== undefined ? { basedIn: e.basedIn } : {}),
      ...(e.posts ? { posts: e.posts } : {}),
      spans: e.mentions.map((m) => [m.span.start, m.span.end]),
    }));
  }
  return {
    file: x.file,
    page: x.page,
    articles: x.articles.map((a) => ({
      title: a.title,
      subtitle: a.subtitle,
      kind: a.kind,
      reporters: a.reporters,
      byline: a.byline,
      span: a.span,
    })),
    entities,
    // Relations that hang off an event id are in `events`; here the events give their
    // relations in the gold's title-keyed form (EVENT_ON, EVENT_IN, ORGANIZED) instead.
    relations: [
      ...x.relations
        .filter((r) => !isEventIdRelation(r.type))
        .map((r) => ({
          type: r.type,
          from: r.from,
          to: r.to,
          ...(r.toType ? { toType: r.toType } : {}),
          ...(r.role ? { role: r.role } : {}),
          span: r.span,
        })),
      ...eventRelations(x),
    ],
    events: x.events,
    warnings: x.warnings,
  };
}
