/**
 * PageExtraction → the rows one page writes into the graph. Pure: no database, so every
 * rule of identity and provenance is unit-tested on plain objects.
 *
 * Two kinds of relationships come out:
 * - evidence of one article (WROTE, REPORTS, MENTIONS, and the event links HELD_IN,
 *   ORGANIZED, PART_OF): they hang off the page's own Article and Event nodes and go
 *   when the page is re-ingested;
 * - aggregates between shared nodes (Town PART_OF Town, Unit BASED_IN Town, Unit RUNS
 *   Campaign, Campaign HELD_IN Town): one relationship per pair in the whole graph, whose
 *   `count` is the number of evidence entries (one per supporting article, or per page for
 *   facts without an article), with a sample of the entries in parallel lists `pages`,
 *   `articles`, `starts`, `ends` (aggregates.cypher). The page records what it added
 *   (`evidence*` on the Page), so re-ingesting it takes exactly that out again.
 */
import { storedTownLevel } from './town-levels.js';
import type { Article, Entity, PageExtraction, PageHeader, Span } from '../extract/types.js';
import {
  articleKey,
  campaignKey,
  canonicalUnitName,
  compact,
  displayName,
  eventKey,
  normalisedPageText,
  pageKey,
  personKey,
  reporterKey,
  sha256,
  shorthandPrefix,
  townDisplayName,
  townKey,
  unitKey,
  type TownForms,
} from './keys.js';

export interface EntityRow {
  key: string;
  name: string;
  aliases: string[];
}

export interface TownRow extends EntityRow {
  code: string | null;
  level: string | null;
}

/** The page header as extracted, plus the page's identity. */
export interface PageRow extends PageHeader {
  key: string;
  id: string;
  file: string;
  sha256: string;
  /** Keys of every shared node this page touches: what to re-check for orphans when it is replaced. */
  entityKeys: string[];
  /**
   * What the page added to aggregated relationships, as parallel lists: the relationship
   * type, its ends' keys, and the number of evidence entries. Retracting the page subtracts
   * exactly these from the relationships' counts (retract-evidence.cypher).
   */
  evidenceTypes: AggregateType[];
  evidenceFrom: string[];
  evidenceTo: string[];
  evidenceCounts: number[];
}

export type AggregateType = 'PART_OF' | 'BASED_IN' | 'RUNS' | 'HELD_IN';

export interface ArticleRow {
  key: string;
  id: string;
  /** Key of the page it is printed on. */
  page: string;
  index: number;
  kind: string;
  title: string | null;
  subtitle: string | null;
  byline: string | null;
  date: string | null;
  text: string;
  start: number;
  end: number;
}

export interface WroteRow {
  reporter: string;
  article: string;
  role: string;
  start: number;
  end: number;
}

export interface EventRow {
  key: string;
  id: string;
  article: string;
  date: string | null;
  datePrecision: string | null;
  /** The date as the text states it: `2023-06-20`, `2023-06`, or `--06-20` when no year is known. */
  statedDate: string | null;
  /** The last day of a span of days (see ExtractedEvent). */
  endDate: string | null;
  statedEndDate: string | null;
  venue: string | null;
  summary: string;
  quantities: string[];
  quantityValues: number[];
  quantityUnits: string[];
  start: number;
  end: number;
}

/** One piece of evidence inside one article: from → to, with the span it was read from. */
export interface LinkRow {
  from: string;
  to: string;
  article: string;
  start: number;
  end: number;
}

export type MentionLabel = 'Town' | 'Unit' | 'Campaign' | 'Person';

export interface MentionRow {
  article: string;
  to: string;
  label: MentionLabel;
  count: number;
  starts: number[];
  ends: number[];
  /** The forms written in this article. */
  texts: string[];
  /**
   * Persons only: the posts this article writes before the name (书记, 镇长…), and beside
   * each the key of the unit or town it is held in ('' when the text names none).
   */
  posts?: string[];
  postOf?: string[];
}

/** One aggregated relationship's evidence from this page (one entry per article, or one for the page). */
export interface AggregateRow {
  from: string;
  to: string;
  pages: string[];
  articles: string[];
  starts: number[];
  ends: number[];
}

export interface PageRows {
  page: PageRow;
  towns: TownRow[];
  units: EntityRow[];
  campaigns: EntityRow[];
  reporters: EntityRow[];
  persons: EntityRow[];
  articles: ArticleRow[];
  wrote: WroteRow[];
  events: EventRow[];
  eventHeldIn: LinkRow[];
  organized: LinkRow[];
  eventPartOf: LinkRow[];
  mentions: MentionRow[];
  townPartOf: AggregateRow[];
  basedIn: AggregateRow[];
  runs: AggregateRow[];
  campaignHeldIn: AggregateRow[];
  /** Facts that could not be placed (an end the page does not name); the page still loads. */
  warnings: string[];
}

/** No span: Neo4j lists cannot hold null, so a missing offset is -1. */
const NO_OFFSET = -1;

/** The Article's full text as stored: title, subtitle, byline and body. */
export function articleText(a: Article): string {
  return [a.title, a.subtitle, a.byline, a.body].filter((x): x is string => !!x).join('\n');
}

interface Resolved {
  key: string;
  name: string;
}

/**
 * Builds the rows of one page.
 * @param text the decoded page text (the hash is taken over it after `normalisedPageText`).
 */
export function pageRows(extraction: PageExtraction, text: string): PageRows {
  const warnings: string[] = [];
  const pageSha = sha256(normalisedPageText(text));
  const pKey = pageKey(pageSha);
  const file = extraction.file;

  // --- articles -------------------------------------------------------------------
  const articleKeys = new Map<number, string>();
  const usedArticleKeys = new Set<string>();
  const articles: ArticleRow[] = extraction.articles.map((a) => {
    const full = articleText(a);
    let key = articleKey(file, full);
    // Two identical stories on one page (a reprinted notice) stay two articles.
    for (let n = 2; usedArticleKeys.has(key); n++) key = articleKey(file, `${full}\n#${n}`);
    usedArticleKeys.add(key);
    articleKeys.set(a.index, key);
    return {
      key,
      id: key,
      page: pKey,
      index: a.index,
      kind: a.kind,
      title: a.title,
      subtitle: a.subtitle,
      byline: a.byline,
      date: extraction.page.date,
      text: a.body,
      start: a.span.start,
      end: a.span.end,
    };
  });
  const articleOf = (index: number | null): string | undefined => (index === null ? undefined : articleKeys.get(index));

  // --- towns: entities and their official parent chains ------------------------------
  const towns = new Map<string, TownRow>();
  const townByName = new Map<string, Resolved>();
  const chainPairs: [string, string][] = [];
  const addTown = (row: TownRow) => {
    const seen = towns.get(row.key);
    if (!seen) towns.set(row.key, row);
    else {
      seen.aliases = unique([...seen.aliases, ...row.aliases, ...(seen.name === row.name ? [] : [row.name])]).filter(
        (x) => x !== seen.name,
      );
      seen.code ??= row.code;
      seen.level ??= row.level;
    }
  };
  for (const e of extraction.entities.town) {
    const r = e.town;
    const parents = r?.parents ?? [];
    const key = townKey(e.name, r?.code ?? null, parents);
    const name = townDisplayName(e.name, r);
    addTown({
      key,
      name,
      code: r?.code ?? null,
      level: storedTownLevel(r?.level ?? null, r?.code ?? null),
      aliases: unique([e.name, ...e.aliases].map(displayName)).filter((x) => x !== name),
    });
    for (const form of [e.name, ...e.aliases, name])
      if (!townByName.has(compact(form))) townByName.set(compact(form), { key, name });
    // Official chain: town → nearest parent → … → province, one PART_OF per step.
    let child = key;
    parents.forEach((p, i) => {
      const parentKey = townKey(p.name, p.code, parents.slice(i + 1));
      addTown({
        key: parentKey,
        name: displayName(p.name),
        code: p.code,
        level: storedTownLevel(p.level, p.code),
        aliases: [],
      });
      if (!townByName.has(compact(p.name))) townByName.set(compact(p.name), { key: parentKey, name: p.name });
      chainPairs.push([child, parentKey]);
      child = parentKey;
    });
  }
  // Canonical names override the weaker lookups of parent names and aliases.
  for (const e of extraction.entities.town) {
    const r = e.town;
    townByName.set(compact(e.name), { key: townKey(e.name, r?.code ?? null, r?.parents ?? []), name: e.name });
  }

  // --- units: canonical names, shorthands resolved to the page's own city or county ---
  const townForms: TownForms[] = extraction.entities.town.map((e) => ({ name: e.name, aliases: e.aliases }));
  const units = new Map<string, EntityRow>();
  const unitByName = new Map<string, string>();
  const unitBasedIn: { unit: string; town: string }[] = [];
  for (const e of extraction.entities.unit) {
    let canonical = canonicalUnitName(e.name, townForms);
    // Shown as written, unless the canonical form spells more (开元路街道社工站 for 开元路街社工站).
    let name = canonical === compact(e.name) ? displayName(e.name) : canonical;
    let basedIn: Resolved | undefined = e.basedIn ? townByName.get(compact(e.basedIn)) : undefined;
    const prefix = shorthandPrefix(canonical);
    if (prefix) {
      const home = homeTown(prefix, e, extraction);
      if (home) {
        canonical = `${compact(home.name)}${canonical.slice(1)}`;
        name = `${compact(home.name)}${name.slice(1)}`;
        basedIn ??= townByName.get(compact(home.name));
      }
    }
    const key = unitKey(canonical);
    const row = units.get(key) ?? { key, name, aliases: [] };
    row.aliases = unique([...row.aliases, e.name, ...e.aliases].map(displayName)).filter((x) => x !== row.name);
    units.set(key, row);
    for (const form of [e.name, ...e.aliases]) if (!unitByName.has(compact(form))) unitByName.set(compact(form), key);
    unitByName.set(compact(e.name), key);
    if (basedIn) unitBasedIn.push({ unit: key, town: basedIn.key });
  }

  const campaigns = new Map<string, EntityRow>();
  const campaignByName = new Map<string, string>();
  for (const e of extraction.entities.campaign) {
    const key = campaignKey(e.name);
    const row = campaigns.get(key) ?? { key, name: displayName(e.name), aliases: [] };
    row.aliases = unique([...row.aliases, e.name, ...e.aliases].map(displayName)).filter((x) => x !== row.name);
    campaigns.set(key, row);
    for (const form of [e.name, ...e.aliases])
      if (!campaignByName.has(compact(form))) campaignByName.set(compact(form), key);
    campaignByName.set(compact(e.name), key);
  }

  const persons = new Map<string, EntityRow>();
  for (const e of extraction.entities.person) {
    const key = personKey(e.name);
    persons.set(key, { key, name: displayName(e.name), aliases: [] });
  }

  // --- reporters and WROTE, from each article's credits --------------------------------
  const reporters = new Map<string, EntityRow>();
  const wrote: WroteRow[] = [];
  for (const a of extraction.articles) {
    const article = articleOf(a.index);
    if (!article) continue;
    const seen = new Set<string>();
    for (const credit of a.reporters) {
      const key = reporterKey(credit.name);
      if (!reporters.has(key)) reporters.set(key, { key, name: displayName(credit.name), aliases: [] });
      if (seen.has(`${key}|${credit.role}`)) continue;
      seen.add(`${key}|${credit.role}`);
      wrote.push({ reporter: key, article, role: credit.role, start: a.span.start, end: a.span.end });
    }
  }

  // --- events and their links -------------------------------------------------------
  const events: EventRow[] = [];
  const eventKeys = new Map<string, string>();
  for (const ev of extraction.events) {
    const article = articleOf(ev.article);
    if (!article) {
      warnings.push(`event ${ev.id}: article ${ev.article} not on the page`);
      continue;
    }
    const n = Number(ev.id.split(':')[1] ?? events.length);
    const key = eventKey(article, n);
    eventKeys.set(ev.id, key);
    events.push({
      key,
      id: key,
      article,
      date: ev.date,
      datePrecision: ev.datePrecision,
      statedDate: ev.statedDate,
      endDate: ev.endDate,
      statedEndDate: ev.statedEndDate,
      venue: ev.venue,
      summary: ev.summary,
      quantities: ev.quantities.map((q) => q.text),
      quantityValues: ev.quantities.map((q) => q.value),
      quantityUnits: ev.quantities.map((q) => q.unit),
      start: ev.sentence.start,
      end: ev.sentence.end,
    });
  }

  const eventHeldIn: LinkRow[] = [];
  const organized: LinkRow[] = [];
  const eventPartOf: LinkRow[] = [];
  const townPartOf = new Aggregates(pKey);
  const basedIn = new Aggregates(pKey);
  const runs = new Aggregates(pKey);
  const campaignHeldIn = new Aggregates(pKey);

  for (const rel of extraction.relations) {
    const article = articleOf(rel.article);
    const span = rel.span;
    const look = (map: Map<string, string> | Map<string, Resolved>, name: string, what: string) => {
      const hit = map.get(compact(name));
      const key = typeof hit === 'string' ? hit : hit?.key;
      if (!key) warnings.push(`${rel.type} ${rel.from} → ${rel.to}: no ${what} named ${name} on the page`);
      return key;
    };
    const link = (from: string | undefined, to: string | undefined, into: LinkRow[]) => {
      if (!from || !to || !article) return;
      into.push({ from, to, article, start: span?.start ?? NO_OFFSET, end: span?.end ?? NO_OFFSET });
    };
    switch (rel.type) {
      case 'TOWN_IN':
        townPartOf.add(look(townByName, rel.from, 'town'), look(townByName, rel.to, 'town'), article, span);
        break;
      case 'RUNS':
        runs.add(look(unitByName, rel.from, 'unit'), look(campaignByName, rel.to, 'campaign'), article, span);
        break;
      case 'HELD_IN':
        campaignHeldIn.add(look(campaignByName, rel.from, 'campaign'), look(townByName, rel.to, 'town'), article, span);
        break;
      case 'EVENT_HELD_IN':
        link(eventKeys.get(rel.from), look(townByName, rel.to, 'town'), eventHeldIn);
        break;
      case 'ORGANIZED':
        link(look(unitByName, rel.from, 'unit'), eventKeys.get(rel.to), organized);
        break;
      case 'PART_OF':
        link(eventKeys.get(rel.from), look(campaignByName, rel.to, 'campaign'), eventPartOf);
        break;
      // BASED_IN comes from the unit entities (with shorthands resolved); WROTE from the
      // credits; MENTIONS from the entities' mentions, which carry every span.
      default:
        break;
    }
  }
  // The official chain supports PART_OF once per page, where no article already says it.
  for (const [child, parent] of chainPairs) townPartOf.addPageLevel(child, parent);
  for (const { unit, town } of unitBasedIn) basedIn.addPageLevel(unit, town);

  // --- mentions: one relationship per article and entity, every span kept ------------
  const mentions: MentionRow[] = [];
  const addMentions = (label: MentionLabel, entity: Entity, key: string | undefined) => {
    if (!key) return;
    const byArticle = new Map<string, MentionRow>();
    for (const m of entity.mentions) {
      const article = articleOf(m.article);
      if (!article) continue;
      const row = byArticle.get(article) ?? { article, to: key, label, count: 0, starts: [], ends: [], texts: [] };
      row.count++;
      row.starts.push(m.span.start);
      row.ends.push(m.span.end);
      if (!row.texts.includes(m.text)) row.texts.push(m.text);
      byArticle.set(article, row);
    }
    for (const row of byArticle.values()) {
      // Two entities of the page can share a key (开元路街社工站 = 开元路街道社工站): one relationship.
      const same = mentions.find((m) => m.article === row.article && m.to === row.to);
      if (!same) mentions.push(row);
      else {
        same.count += row.count;
        same.starts.push(...row.starts);
        same.ends.push(...row.ends);
        for (const t of row.texts) if (!same.texts.includes(t)) same.texts.push(t);
      }
    }
  };
  for (const e of extraction.entities.town) addMentions('Town', e, townByName.get(compact(e.name))?.key);
  for (const e of extraction.entities.unit) addMentions('Unit', e, unitByName.get(compact(e.name)));
  for (const e of extraction.entities.campaign) addMentions('Campaign', e, campaignByName.get(compact(e.name)));
  for (const e of extraction.entities.person) addMentions('Person', e, personKey(e.name));
  for (const row of mentions.filter((m) => m.label === 'Person')) {
    const person = extraction.entities.person.find((e) => personKey(e.name) === row.to);
    const posts = (person?.posts ?? []).filter((p) => articleOf(p.article) === row.article);
    row.posts = posts.map((p) => p.post);
    row.postOf = posts.map((p) =>
      p.unit !== null
        ? (unitByName.get(compact(p.unit)) ?? '')
        : p.town !== null
          ? (townByName.get(compact(p.town))?.key ?? '')
          : '',
    );
  }

  const townRows = [...towns.values()];
  const unitRows = [...units.values()];
  const campaignRows = [...campaigns.values()];
  const reporterRows = [...reporters.values()];
  const personRows = [...persons.values()];
  const p = extraction.page;
  const aggregates = {
    townPartOf: townPartOf.rows().filter((r) => r.from !== r.to),
    basedIn: basedIn.rows(),
    runs: runs.rows(),
    campaignHeldIn: campaignHeldIn.rows(),
  };
  const contributions = (
    [
      ['PART_OF', aggregates.townPartOf],
      ['BASED_IN', aggregates.basedIn],
      ['RUNS', aggregates.runs],
      ['HELD_IN', aggregates.campaignHeldIn],
    ] as const
  ).flatMap(([type, rows]) => rows.map((r) => ({ type, from: r.from, to: r.to, count: r.pages.length })));
  return {
    page: {
      key: pKey,
      id: pKey,
      file,
      sha256: pageSha,
      paper: p.paper,
      date: p.date,
      pageNo: p.pageNo,
      section: p.section,
      editors: p.editors,
      proofreaders: p.proofreaders,
      entityKeys: [...townRows, ...unitRows, ...campaignRows, ...reporterRows, ...personRows].map((r) => r.key),
      evidenceTypes: contributions.map((c) => c.type),
      evidenceFrom: contributions.map((c) => c.from),
      evidenceTo: contributions.map((c) => c.to),
      evidenceCounts: contributions.map((c) => c.count),
    },
    towns: townRows,
    units: unitRows,
    campaigns: campaignRows,
    reporters: reporterRows,
    persons: personRows,
    articles,
    wrote,
    events,
    eventHeldIn: dedupeLinks(eventHeldIn),
    organized: dedupeLinks(organized),
    eventPartOf: dedupeLinks(eventPartOf),
    mentions,
    ...aggregates,
    warnings,
  };
}

/**
 * The town a bare prefix means: `市人社局` on a 洛阳 page is 洛阳市人社局. Candidates are the
 * page's towns whose name ends in the prefix character at city/county/district level;
 * the article the unit is first mentioned in decides first, then the page; a tie
 * leaves the unit unresolved (its key is then the name as written).
 */
function homeTown(prefix: string, unit: Entity, extraction: PageExtraction): Entity | undefined {
  const candidates = extraction.entities.town.filter(
    (t) =>
      compact(t.name).endsWith(prefix) &&
      (t.town?.level === 'city' || t.town?.level === 'county' || t.town?.level === 'district'),
  );
  if (candidates.length === 0) return undefined;
  const article = unit.mentions[0]?.article ?? null;
  const pick = (count: (t: Entity) => number): Entity | undefined => {
    const scored = candidates.map((t) => ({ t, n: count(t) })).filter((x) => x.n > 0);
    scored.sort((a, b) => b.n - a.n);
    const [first, second] = scored;
    if (!first) return undefined;
    return second && second.n === first.n ? undefined : first.t;
  };
  if (article !== null) {
    const local = pick((t) => t.mentions.filter((m) => m.article === article).length);
    if (local) return local;
  }
  return pick((t) => t.mentions.length || 1);
}

class Aggregates {
  private readonly byPair = new Map<string, AggregateRow>();
  constructor(private readonly page: string) {}

  add(from: string | undefined, to: string | undefined, article: string | undefined, span: Span | null): void {
    if (!from || !to) return;
    const row = this.row(from, to);
    const start = span?.start ?? NO_OFFSET;
    const end = span?.end ?? NO_OFFSET;
    const entry = article ?? '';
    // One entry per article and span: the same fact read twice from one sentence is one piece of evidence.
    for (let i = 0; i < row.articles.length; i++) {
      if (row.articles[i] === entry && row.starts[i] === start && row.ends[i] === end) return;
    }
    row.pages.push(this.page);
    row.articles.push(entry);
    row.starts.push(start);
    row.ends.push(end);
  }

  /** Evidence of the page as a whole, only when no article of the page already supports the pair. */
  addPageLevel(from: string, to: string): void {
    const row = this.row(from, to);
    if (row.pages.length === 0) this.add(from, to, undefined, null);
  }

  rows(): AggregateRow[] {
    return [...this.byPair.values()].filter((r) => r.pages.length > 0);
  }

  private row(from: string, to: string): AggregateRow {
    const id = `${from}\u0000${to}`;
    let row = this.byPair.get(id);
    if (!row) {
      row = { from, to, pages: [], articles: [], starts: [], ends: [] };
      this.byPair.set(id, row);
    }
    return row;
  }
}

function dedupeLinks(rows: LinkRow[]): LinkRow[] {
  const seen = new Set<string>();
  return rows.filter((r) => {
    const id = `${r.from}\u0000${r.to}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

function unique<T>(xs: readonly T[]): T[] {
  return [...new Set(xs)];
}
