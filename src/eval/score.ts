/**
 * Scores predicted page documents against gold ones, as GUIDELINES.md "Scoring" says:
 * per page, per entity type, names match when (white space removed) equal to the gold
 * name or an alias, each gold matched once; relations match when both ends match by
 * that rule (WROTE's title end: equal or containing either way); article titles
 * likewise; page-header fields exactly. Totals are micro-averaged over pages.
 */
import type { EntityType } from '../extract/types.js';
import { ENTITY_TYPES } from '../extract/types.js';
import type { DocEntity, DocRelation, PageDocument } from './document.js';
import { matchOneToOne, nameMatches, squash, titleMatches } from './match.js';

export interface Counts {
  /** Matched pairs. */
  tp: number;
  predicted: number;
  gold: number;
  /** Gold items not found (for --verbose). */
  misses: string[];
  /** Predictions that matched no gold item. */
  falsePositives: string[];
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

/** Only the relation types the gold annotates are scored; the graph's other edges have no gold. */
export const SCORED_RELATIONS = ['TOWN_IN', 'RUNS', 'HELD_IN', 'WROTE'] as const;
export type ScoredRelation = (typeof SCORED_RELATIONS)[number];

/** The event relations, scored apart ("events micro") so the relation average keeps its meaning. */
export const EVENT_RELATIONS = ['EVENT_ON', 'EVENT_IN', 'ORGANIZED'] as const;
export type EventRelation = (typeof EVENT_RELATIONS)[number];

export const HEADER_FIELDS = ['paper', 'date', 'pageNo', 'section', 'editors', 'proofreaders'] as const;
export type HeaderField = (typeof HEADER_FIELDS)[number];

export interface PageScore {
  file: string;
  entities: Record<EntityType, Counts>;
  relations: Record<ScoredRelation, Counts>;
  events: Record<EventRelation, Counts>;
  titles: Counts;
  header: Record<HeaderField, Counts>;
}

/** What kind of thing sits at each end of a scored relation. */
const RELATION_ENDS: Record<ScoredRelation | EventRelation, [EntityType | 'title', EntityType | 'title' | 'date']> = {
  TOWN_IN: ['town', 'town'],
  RUNS: ['unit', 'campaign'],
  HELD_IN: ['campaign', 'town'],
  WROTE: ['reporter', 'title'],
  EVENT_ON: ['title', 'date'],
  EVENT_IN: ['title', 'town'],
  ORGANIZED: ['unit', 'title'],
};

type End = EntityType | 'title' | 'date';

/** How a predicted end is matched against a gold end of that kind. */
function endMatcher(kind: End, gold: PageDocument, goldEnd: string): (predicted: string) => boolean {
  if (kind === 'title') return (p) => titleMatches(p, goldEnd);
  if (kind === 'date') return (p) => squash(p) === squash(goldEnd);
  const forms = goldForms(goldEnd, gold.entities[kind]);
  return (p) => nameMatches(p, forms);
}

export function emptyCounts(): Counts {
  return { tp: 0, predicted: 0, gold: 0, misses: [], falsePositives: [] };
}

export function prf(c: Pick<Counts, 'tp' | 'predicted' | 'gold'>): Prf {
  // An empty side scores 1 only when the other side is empty too: nothing to find, nothing claimed.
  const precision = c.predicted === 0 ? (c.gold === 0 ? 1 : 0) : c.tp / c.predicted;
  const recall = c.gold === 0 ? (c.predicted === 0 ? 1 : 0) : c.tp / c.gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

export function addCounts(a: Counts, b: Counts): Counts {
  return {
    tp: a.tp + b.tp,
    predicted: a.predicted + b.predicted,
    gold: a.gold + b.gold,
    misses: [...a.misses, ...b.misses],
    falsePositives: [...a.falsePositives, ...b.falsePositives],
  };
}

function countMatching<P, G>(
  predicted: readonly P[],
  gold: readonly G[],
  matches: (p: P, g: G) => boolean,
  show: { p: (p: P) => string; g: (g: G) => string },
): Counts {
  const m = matchOneToOne(predicted, gold, matches);
  return {
    tp: m.pairs.length,
    predicted: predicted.length,
    gold: gold.length,
    misses: m.unmatchedGold.map(show.g),
    falsePositives: m.unmatchedPredicted.map(show.p),
  };
}

/** Predicted names are deduplicated: listing one entity twice cannot earn two matches anyway. */
function uniqueNames(entities: readonly DocEntity[]): string[] {
  return [...new Map(entities.map((e) => [squash(e.name), e.name])).values()];
}

export function scoreEntities(predicted: readonly DocEntity[], gold: readonly DocEntity[]): Counts {
  return countMatching(uniqueNames(predicted), gold, nameMatches, { p: (p) => p, g: (g) => g.name });
}

/** Every written form the gold allows for a relation end that names an entity. */
function goldForms(end: string, entities: readonly DocEntity[]): DocEntity {
  const key = squash(end);
  const aliases = entities
    .filter((e) => squash(e.name) === key || (e.aliases ?? []).some((a) => squash(a) === key))
    .flatMap((e) => [e.name, ...(e.aliases ?? [])]);
  return { name: end, aliases };
}

export function scoreRelations(
  type: ScoredRelation | EventRelation,
  predicted: readonly DocRelation[],
  gold: PageDocument,
): Counts {
  const [fromType, toType] = RELATION_ENDS[type];
  const seen = new Set<string>();
  const mine = predicted.filter((r) => {
    const key = `${squash(r.from)}\u0000${squash(r.to)}`;
    if (r.type !== type || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const golds = gold.relations
    .filter((r) => r.type === type)
    .map((r) => ({ relation: r, from: endMatcher(fromType, gold, r.from), to: endMatcher(toType, gold, r.to) }));
  const show = (r: DocRelation): string => `${r.from} -> ${r.to}`;
  return countMatching(mine, golds, (p, g) => g.from(p.from) && g.to(p.to), { p: show, g: (g) => show(g.relation) });
}

export function scoreTitles(predicted: PageDocument, gold: PageDocument): Counts {
  const titles = (d: PageDocument): string[] =>
    d.articles.flatMap((a) => (a.title === null || squash(a.title) === '' ? [] : [a.title]));
  return countMatching(titles(predicted), titles(gold), titleMatches, { p: (p) => p, g: (g) => g });
}

export function scoreHeaderField(field: HeaderField, predicted: PageDocument, gold: PageDocument): Counts {
  if (field === 'editors' || field === 'proofreaders') {
    const names = (d: PageDocument): DocEntity[] => d.page[field].map((name) => ({ name }));
    return scoreEntities(names(predicted), names(gold));
  }
  const g = gold.page[field];
  const p = predicted.page[field];
  if (g === null) return emptyCounts(); // the gold says nothing: nothing to score
  const hit = p !== null && squash(p) === squash(g);
  return {
    tp: hit ? 1 : 0,
    predicted: p === null ? 0 : 1,
    gold: 1,
    misses: hit ? [] : [g],
    falsePositives: hit || p === null ? [] : [p],
  };
}

export function scorePage(predicted: PageDocument, gold: PageDocument): PageScore {
  const entities = {} as Record<EntityType, Counts>;
  for (const type of ENTITY_TYPES) {
    entities[type] = scoreEntities(predicted.entities[type], gold.entities[type]);
  }
  const relations = {} as Record<ScoredRelation, Counts>;
  for (const type of SCORED_RELATIONS) relations[type] = scoreRelations(type, predicted.relations, gold);
  const events = {} as Record<EventRelation, Counts>;
  for (const type of EVENT_RELATIONS) events[type] = scoreRelations(type, predicted.relations, gold);
  const header = {} as Record<HeaderField, Counts>;
  for (const field of HEADER_FIELDS) header[field] = scoreHeaderField(field, predicted, gold);
  return { file: gold.file, entities, relations, events, titles: scoreTitles(predicted, gold), header };
}

export interface TotalScore {
  pages: PageScore[];
  entities: Record<EntityType, Counts>;
  relations: Record<ScoredRelation, Counts>;
  events: Record<EventRelation, Counts>;
  titles: Counts;
  header: Record<HeaderField, Counts>;
  /** All entity types pooled (micro). */
  allEntities: Counts;
  /** All scored relation types pooled (micro). */
  allRelations: Counts;
  /** The event relations pooled (micro): "events micro". */
  allEvents: Counts;
}

function sumOver<K extends string>(keys: readonly K[], pick: (k: K) => Counts[]): Record<K, Counts> {
  const out = {} as Record<K, Counts>;
  for (const k of keys) out[k] = pick(k).reduce(addCounts, emptyCounts());
  return out;
}

/** Micro-average: counts are summed over pages before P/R/F1 are taken. */
export function totalScore(pages: PageScore[]): TotalScore {
  const entities = sumOver(ENTITY_TYPES, (t) => pages.map((p) => p.entities[t]));
  const relations = sumOver(SCORED_RELATIONS, (t) => pages.map((p) => p.relations[t]));
  const events = sumOver(EVENT_RELATIONS, (t) => pages.map((p) => p.events[t]));
  return {
    pages,
    entities,
    relations,
    events,
    titles: pages.map((p) => p.titles).reduce(addCounts, emptyCounts()),
    header: sumOver(HEADER_FIELDS, (f) => pages.map((p) => p.header[f])),
    allEntities: Object.values<Counts>(entities).reduce(addCounts, emptyCounts()),
    allRelations: Object.values<Counts>(relations).reduce(addCounts, emptyCounts()),
    allEvents: Object.values<Counts>(events).reduce(addCounts, emptyCounts()),
  };
}
