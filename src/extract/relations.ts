/**
 * The page's relations, from its entities, articles and events.
 *
 * Scored against the gold: RUNS (unit → campaign, the unit is the subject of an
 * organising verb whose object is the campaign), HELD_IN (campaign → the lowest town
 * where it took place), WROTE (credited person → article title) and TOWN_IN (taken
 * from the towns stage, which sees the written nesting "巩义市米河镇").
 * Not scored but part of the graph: BASED_IN, EVENT_HELD_IN, ORGANIZED, PART_OF, MENTIONS.
 */
import type { Article, Entity, EntityType, ExtractedEvent, Relation, Span } from './types.js';
import { ENTITY_TYPES } from './types.js';
import { hostUnits } from './hosts.js';
import { POST_AFTER_UNIT } from './lexicon/posts.js';
import {
  locate,
  lowestTown,
  splitClauses,
  splitSentences,
  townRank,
  VILLAGE_RANK,
  type Occurrence,
  type Piece,
} from './sentences.js';
import { visitedPlaces } from './visits.js';

/** Verbs whose subject runs the initiative named in their object (联合 joins subjects, it is not one). */
const RUN_VERB =
  /开展|组织|举办|举行|启动|推进|实施|打造|擦亮|开启|发起|创建|推出|推行|深化|落实|承办|主办|策划|探索|建立|构建|打响|召开|进行|部署|创新|升级|叫响/gu;
/** Right before a unit, these make it a place, a beneficiary or an object, not a doer. */
const NOT_SUBJECT_BEFORE = /(在|到|赴|于|向|给|对|为|走进|来到|深入|前往|组建|邀请|聘请|依托|带领|指导)$/u;
/** "在A、B联合开展的…活动中": 在 frames the whole phrase, so A and B are still the doers. */
const FRAME = /^在.*(中|上|里|期间|之际)[，,：:]?$/u;
/**
 * A campaign named as the means ("通过“X”的形式", "以“X”为载体") belongs to whoever
 * acts in the clause or, when the clause has no doer, in the one before.
 */
const MEANS = /通过|借助|依托|(?<![可所难予加足])以(?![来及后前上下外内便免])/gu;
/** Reported speech ("并表示，…要认真落实“X”"): an exhortation, not a report of where X happened. */
const SPEECH = /(表示|指出|强调|要求|说|认为|提出)[，,：:]/u;
/**
 * A purpose clause ("为深入开展“学雷锋”志愿服务活动，…在兴洛湖社区开展“Y”"): X is
 * the aim the story serves, not what took place there.
 */
const PURPOSE =
  /^(?:为了|为)(?:进一步|深入|切实|全面|更好|持续|扎实|大力|积极|认真|有效|不断|着力|做好|推动|推进|加强|营造|弘扬|庆祝|迎接|纪念|喜迎|落实|贯彻|提升|提高|丰富|助力|巩固|深化|广泛)/u;
/** A clause of plans: what it names has not taken place yet (将开展…, 计划举办…). */
const PLAN =
  /(?:^|[^必])将(?:陆续|继续|持续|相继|分别)?(?:开展|举办|举行|组织|推出|实施|启动)|计划(?:开展|举办|举行)|拟(?:于|开展|举办)|即将(?:开展|举办|举行|启动)/u;
/** How many clauses back a subject may stand (Chinese drops a repeated subject). */
const SUBJECT_REACH = 3;

export interface RelationInput {
  articles: Article[];
  entities: Record<EntityType, Entity[]>;
  events: ExtractedEvent[];
  /** TOWN_IN from the towns stage; when absent, written nesting is found here. */
  townIn?: Relation[];
  spanToOriginal: (start: number, end: number) => Span;
}

/** A piece of an article's text with where it is, for evidence spans. */
interface Passage {
  article: Article;
  text: string;
  /** Offset in NormalizedText.text, or null for title/subtitle (their place is not tracked). */
  offset: number | null;
}

/** Cut once per article: every relation kind reads the same passages. */
const passageCache = new WeakMap<Article, Passage[]>();

function passages(article: Article): Passage[] {
  const cached = passageCache.get(article);
  if (cached) return cached;
  const cut = cutPassages(article);
  passageCache.set(article, cut);
  return cut;
}

function cutPassages(article: Article): Passage[] {
  const heads = [article.title, article.subtitle].flatMap((t) =>
    t === null ? [] : [{ article, text: t, offset: null }],
  );
  const body = splitSentences(article.body).map((s: Piece) => ({
    article,
    text: s.text,
    offset: article.bodyOffset + s.start,
  }));
  return [...heads, ...body];
}

function evidence(p: Passage, input: RelationInput): Span | null {
  return p.offset === null ? null : input.spanToOriginal(p.offset, p.offset + p.text.length);
}

function relation(
  type: Relation['type'],
  from: string,
  to: string,
  article: number | null,
  span: Span | null,
): Relation {
  return { type, from, to, article, span };
}

/** Verb matches outside the campaign names themselves (“开展…” inside quotes is not a verb). */
function verbsIn(text: string, masked: readonly Occurrence[]): number[] {
  return [...text.matchAll(RUN_VERB)].map((m) => m.index).filter((i) => !masked.some((o) => i >= o.start && i < o.end));
}

/** Text just left of `at`, quote marks skipped ("组建“老兵宣讲团”"). */
function leftOf(sentence: string, at: number): string {
  return sentence.slice(Math.max(0, at - 4), at).replace(/[“”‘’「」"']/gu, '');
}

/** Whether an actor occurrence can be a doer at all, whatever clause it is in. */
function canAct(sentence: string, o: Occurrence, framed: boolean): boolean {
  const left = leftOf(sentence, o.start);
  if (NOT_SUBJECT_BEFORE.test(left) && !(framed && left.endsWith('在'))) return false;
  return o.entity.type !== 'unit' || !POST_AFTER_UNIT.test(sentence.slice(o.end, o.end + 3));
}

/** Right before a partner of the subject: 联合, 会同, 携手, 与, 和, 同, 及, 、 (A联合B开展, A与B共同开展). */
const PARTNER_BEFORE = /(联合|会同|携手|协同|与|和|同|及|、)$/u;

/** Whether an actor is joined to the one before it as a partner in doing. */
function joined(sentence: string, o: Occurrence): boolean {
  return PARTNER_BEFORE.test(leftOf(sentence, o.start));
}

/**
 * The doers for a campaign in clause `k`: the units before the first verb of that
 * clause (and before the campaign), or — when it has none — of the nearest earlier
 * clause that names a doer. A town as first doer ("巩义市米河镇结合实际情况，开展…")
 * means no unit runs it.
 */
function subjects(
  sentence: string,
  clauses: Piece[],
  k: number,
  limit: number,
  actors: Occurrence[],
  verbs: number[],
): Entity[] {
  for (let j = k; j >= Math.max(0, k - SUBJECT_REACH); j--) {
    const clause = clauses[j] as Piece;
    const framed = FRAME.test(clause.text);
    // A frame's doers ("在A联合开展的…中") act inside the frame, not in the clauses after it.
    if (framed && j < k) return [];
    const firstVerb = verbs.find((i) => i >= clause.start && i < clause.end) ?? clause.end;
    const end = j === k ? Math.min(firstVerb, limit) : firstVerb;
    const before = actors.filter((o) => o.start >= clause.start && o.end <= end && canAct(sentence, o, framed));
    if (before.length === 0) continue;
    // A town as first doer runs it itself; a unit it joins with (米河镇联合县司法局开展) runs it too.
    const doers = before[0]?.entity.type === 'unit' ? before : before.filter((o) => joined(sentence, o));
    return doers.filter((o) => o.entity.type === 'unit').map((o) => o.entity);
  }
  return [];
}

/** The campaign is the object of a verb, or the means, within its own clause. */
function governed(text: string, clause: Piece, c: Occurrence, verbs: number[], campaigns: Occurrence[]): boolean {
  const inClause = (i: number): boolean => i >= clause.start && i < c.start;
  if (verbs.some(inClause)) return true;
  return [...text.matchAll(MEANS)].some(
    (m) => inClause(m.index) && !campaigns.some((o) => m.index >= o.start && m.index < o.end),
  );
}

/**
 * The campaigns a `此次活动由A主办` sentence speaks of: those of the nearest sentence
 * before it that names any. (The headline's campaigns were tried first and did worse: a
 * headline often names the broader campaign the activity serves.)
 */
function activityCampaigns(article: Article, at: Passage, campaigns: readonly Entity[]): Entity[] {
  const all = passages(article);
  for (let i = all.indexOf(at) - 1; i >= 0; i--) {
    const named = campaignsRun(all[i]!.text, locate(all[i]!.text, campaigns));
    if (named.length > 0) return [...new Set(named.map((o) => o.entity))];
  }
  return [];
}

/** `以“某某”为主题的…“某某”活动`: the theme of an activity, not the activity. */
function isTheme(text: string, o: Occurrence): boolean {
  return /以[“「"]?$/u.test(text.slice(Math.max(0, o.start - 2), o.start)) && /^[”」"]?为主题/u.test(text.slice(o.end));
}

/** What was run of the campaigns a sentence names: the activities, not their themes (when it names both). */
function campaignsRun(text: string, campaigns: readonly Occurrence[]): Occurrence[] {
  const activities = campaigns.filter((o) => !isTheme(text, o));
  return activities.length > 0 ? activities : [...campaigns];
}

/** A sentence about the story's activity as a whole: 此次活动, 本次晚会, 活动由…. */
const THE_ACTIVITY =
  /(?:此次|本次|这次|该)[\u4e00-\u9fff]{0,4}?(?:活动|比赛|大赛|仪式|会议|晚会|演出|论坛|展览|培训|讲座|赛事)|活动由/u;

/**
 * `活动由A、B主办，通过“某某”…`: the hosts of the story's activity, named before any campaign
 * of their sentence, hosted the activity, not the campaigns the sentence goes on to name.
 */
function hostsTheActivity(text: string, campaigns: readonly Occurrence[]): boolean {
  const about = THE_ACTIVITY.exec(text);
  return about !== null && campaigns.every((c) => c.start > about.index);
}

export function runsRelations(input: RelationInput): Relation[] {
  const out: Relation[] = [];
  const doers = [...input.entities.unit, ...input.entities.town];
  for (const article of input.articles) {
    for (const p of passages(article)) {
      const campaigns = locate(p.text, input.entities.campaign);
      if (campaigns.length === 0) continue;
      const clauses = splitClauses(p.text, true);
      const verbs = verbsIn(p.text, campaigns);
      const actors = locate(p.text, doers);
      const run = campaignsRun(p.text, campaigns);
      const hosts = hostUnits(p.text, input.entities.unit);
      // The activity's hosts are read below, for the campaigns the story told of before.
      const activityHosts = hostsTheActivity(p.text, campaigns);
      for (const c of run) {
        const k = clauses.findIndex((cl) => c.start >= cl.start && c.start < cl.end);
        const clause = clauses[k];
        if (clause === undefined) continue;
        // "市第二中学“阳光体育 和谐校园”韵律操比赛": a unit right before the name owns it.
        const owner = actors.find(
          (o) =>
            o.entity.type === 'unit' &&
            o.end <= c.start &&
            /^[“「"]?$/u.test(p.text.slice(o.end, c.start)) &&
            canAct(p.text, o, false),
        );
        const units = owner
          ? [owner.entity]
          : governed(p.text, clause, c, verbs, campaigns)
            ? subjects(p.text, clauses, k, c.start, actors, verbs)
            : [];
        const own = activityHosts ? units.filter((u) => !hosts.includes(u)) : [...units, ...hosts];
        for (const unit of own) {
          out.push(relation('RUNS', unit.name, c.entity.name, article.index, evidence(p, input)));
        }
      }
    }
    // Hosts named in a sentence about the activity: they ran the campaigns the story told of
    // before it (or, if none, the ones this sentence names).
    for (const p of passages(article)) {
      const named = locate(p.text, input.entities.campaign);
      if (!hostsTheActivity(p.text, named)) continue;
      const hosts = hostUnits(p.text, input.entities.unit);
      if (hosts.length === 0) continue;
      const before = activityCampaigns(article, p, input.entities.campaign);
      const campaigns = before.length > 0 ? before : [...new Set(campaignsRun(p.text, named).map((o) => o.entity))];
      for (const c of campaigns) {
        for (const unit of hosts) out.push(relation('RUNS', unit.name, c.name, article.index, evidence(p, input)));
      }
    }
  }
  return out;
}

/**
 * Where an article as a whole happens: the lowest town of its headings, else the
 * lowest of the first sentence that names one (`在某区某街道某社区启动`: the
 * community). Towns inside the names of `masked` units are not read: see seatMasks.
 */
function homeTown(article: Article, towns: readonly Entity[], masked: readonly Entity[]): Entity | null {
  const heads = [article.title, article.subtitle].filter((t): t is string => t !== null).join('\n');
  const names = masked.length === 0 ? towns : [...towns, ...masked];
  const placed = (text: string): Occurrence[] => locate(text, names).filter((o) => o.entity.type === 'town');
  const inHeads = lowestTown(placed(heads));
  if (inHeads !== null) return inHeads;
  for (const s of splitSentences(article.body)) {
    const here = lowestTown(placed(s.text));
    if (here !== null) return here;
  }
  return null;
}

/** The town a unit's name begins with (巩义市财政局 → 巩义市), the lowest of a written chain. */
function seatOf(unit: Entity, towns: readonly Entity[]): Entity | null {
  const prefix: Occurrence[] = [];
  for (const o of locate(unit.name, towns)) if (o.start === (prefix.at(-1)?.end ?? 0)) prefix.push(o);
  return lowestTown(prefix);
}

/**
 * Units whose seats must not place the campaign. One unit running it alone does so
 * at home (新安县融媒体中心举行… → 新安县); partners seated in different places
 * (郑州市金水区人民法院联合郑州市第八中学开展…) leave it open which seat, if any, saw it.
 */
function seatMasks(runners: readonly Entity[], towns: readonly Entity[]): Entity[] {
  const seats = new Set(runners.map((u) => seatOf(u, towns)).filter((t) => t !== null));
  return seats.size > 1 ? [...runners] : [];
}

/**
 * The lowest town named; but when several towns share that level ("辽西街道、辽南街道、
 * 辽东街道主要负责同志担任评委") the campaign spans them, and no single one is its place.
 */
function placeOf(occurrences: readonly Occurrence[]): Entity | null {
  const lowest = lowestTown(occurrences);
  if (lowest === null) return null;
  const rank = townRank(lowest);
  const peers = new Set(occurrences.filter((o) => townRank(o.entity) === rank).map((o) => o.entity));
  return peers.size > 1 ? null : lowest;
}

/**
 * `其中，某某社区党支部开展了“X”`: a lone runner named after its village or community ran
 * it there (a county's bureau says nothing of where in the county it went).
 */
function villageOfRunner(runners: readonly Entity[], towns: readonly Entity[]): Entity | null {
  const seat = runners.length === 1 ? seatOf(runners[0]!, towns) : null;
  return seat !== null && townRank(seat) <= VILLAGE_RANK ? seat : null;
}

/**
 * The first list of places the story went to that is not above `town` (or any, when there
 * is no town): `我市举行“某某”采风活动…作家们先后走进A村、B村`, held in each village.
 */
function visitsBelow(town: Entity | null, visits: readonly Entity[][]): Entity[] | undefined {
  return visits.find((list) => town === null || townRank(list[0]!) <= townRank(town));
}

/**
 * One HELD_IN per campaign, or one per place of a list the story visited: the lowest town
 * written in the sentences that name it (in the first article that does), else the places
 * the story went to, else where that article as a whole happens.
 */
export function heldInRelations(input: RelationInput, runs: readonly Relation[] = runsRelations(input)): Relation[] {
  const { town: towns, campaign: campaigns, unit: units } = input.entities;
  const unitByName = new Map(units.map((u) => [u.name, u]));
  const runnersOf = (c: Entity): Entity[] =>
    runs.flatMap((r) => (r.to === c.name && unitByName.has(r.from) ? [unitByName.get(r.from)!] : []));
  // A town inside a unit's or campaign's name (第九届吉林省市民文化节) is not where it took place.
  const names = [...towns, ...units, ...campaigns];
  const found = new Map<Entity, { article: Article; naming: Passage[]; towns: Occurrence[]; visits: Entity[][] }>();
  // Lists of places the story's activity went to (先后走进A村、B村), per article.
  const visitsOf = new Map<Article, Entity[][]>();
  // `龙匣村“肉价随礼”`, `攸县“门前三小”`: a town written right before the name is its place.
  const attached = new Map<Entity, Entity>();
  for (const article of input.articles) {
    const here = new Map<Entity, { naming: Passage[]; towns: Occurrence[]; visits: Entity[][] }>();
    const articleVisits: Entity[][] = [];
    visitsOf.set(article, articleVisits);
    for (const p of passages(article)) {
      const townsHere = locate(p.text, names).filter((o) => o.entity.type === 'town');
      const campaignsHere = locate(p.text, campaigns);
      // Per sentence: the lists of places it says the activity went to, and the campaigns it names.
      const visits = splitSentences(p.text).map((sentence) => {
        const inside = (o: Occurrence) => o.start >= sentence.start && o.end <= sentence.end;
        const towns = townsHere
          .filter(inside)
          .map((o) => ({ ...o, start: o.start - sentence.start, end: o.end - sentence.start }));
        return {
          lists: visitedPlaces(sentence.text, towns),
          campaigns: new Set(campaignsHere.filter(inside).map((o) => o.entity)),
        };
      });
      articleVisits.push(...visits.flatMap((v) => v.lists));
      const speech = SPEECH.exec(p.text)?.index ?? Infinity;
      const aims = splitClauses(p.text).filter((c) => PURPOSE.test(c.text) || PLAN.test(c.text));
      const named = new Set(
        campaignsHere
          .filter((o) => o.start < speech && !aims.some((c) => o.start >= c.start && o.start < c.end))
          .map((o) => o.entity),
      );
      if (named.size === 0) continue;
      for (const o of campaignsHere) {
        const before = townsHere.find(
          (t) => t.end === o.start || (t.end === o.start - 1 && /[“「"‘]/u.test(p.text[t.end]!)),
        );
        if (before !== undefined && !attached.has(o.entity) && named.has(o.entity))
          attached.set(o.entity, before.entity);
      }
      for (const c of named) {
        if (found.has(c)) continue;
        const entry = here.get(c) ?? { naming: [], towns: [], visits: [] };
        entry.naming.push(p);
        entry.towns.push(...townsHere);
        // A list in the very sentence that names the campaign (A社区、B社区分别举办了“X”).
        for (const v of visits) if (v.campaigns.has(c)) entry.visits.push(...v.lists);
        here.set(c, entry);
      }
    }
    for (const [c, entry] of here) found.set(c, { article, ...entry });
  }
  const out: Relation[] = [];
  for (const campaign of campaigns) {
    const f = found.get(campaign);
    if (f === undefined) continue;
    const attachedTo = attached.get(campaign);
    const written = attachedTo ?? placeOf(f.towns) ?? villageOfRunner(runnersOf(campaign), towns);
    // Without a place in its own sentences, the places the story went to before the story's home.
    const home = written ?? homeTown(f.article, towns, seatMasks(runnersOf(campaign), towns));
    const places = attachedTo
      ? [attachedTo]
      : (f.visits[0] ??
        (written === null ? visitsBelow(home, visitsOf.get(f.article) ?? []) : undefined) ??
        (home ? [home] : []));
    for (const place of places) {
      const where = f.naming.find((p) => locate(p.text, [place]).length > 0) ?? f.naming[0];
      out.push(relation('HELD_IN', campaign.name, place.name, f.article.index, where ? evidence(where, input) : null));
    }
  }
  return out;
}

/** Every credited person wrote the article; one edge per person and title, first role kept. */
export function wroteRelations(articles: readonly Article[]): Relation[] {
  const out = new Map<string, Relation>();
  for (const a of articles) {
    if (a.title === null) continue;
    for (const credit of a.reporters) {
      const key = `${credit.name}\u0000${a.title}`;
      if (!out.has(key))
        out.set(key, { ...relation('WROTE', credit.name, a.title, a.index, a.span), role: credit.role });
    }
  }
  return [...out.values()];
}

/** Written nesting: a larger place immediately followed by a smaller one (巩义市米河镇明泉村). */
export function nestedTownRelations(input: RelationInput): Relation[] {
  const out: Relation[] = [];
  for (const article of input.articles) {
    for (const p of passages(article)) {
      const found = locate(p.text, input.entities.town);
      found.forEach((o, i) => {
        const next = found[i + 1];
        if (next && next.start === o.end && townRank(next.entity) < townRank(o.entity)) {
          out.push(relation('TOWN_IN', next.entity.name, o.entity.name, article.index, evidence(p, input)));
        }
      });
    }
  }
  return out;
}

/** A unit is based in the town its name begins with (巩义市财政局 → 巩义市), unless the units stage said. */
export function basedInRelations(units: readonly Entity[], towns: readonly Entity[]): Relation[] {
  return units.flatMap((u) => {
    if (u.basedIn) return [relation('BASED_IN', u.name, u.basedIn, null, null)];
    const town = seatOf(u, towns);
    return town === null ? [] : [relation('BASED_IN', u.name, town.name, null, null)];
  });
}

export function eventRelations(events: readonly ExtractedEvent[]): Relation[] {
  return events.flatMap((e) => [
    ...e.towns.map((t) => relation('EVENT_HELD_IN', e.id, t, e.article, e.sentence)),
    ...e.units.map((u) => relation('ORGANIZED', u, e.id, e.article, e.sentence)),
    ...e.campaigns.map((c) => relation('PART_OF', e.id, c, e.article, e.sentence)),
  ]);
}

/** Article title → each entity with a mention in that article (once per pair). */
export function mentionRelations(articles: readonly Article[], entities: Record<EntityType, Entity[]>): Relation[] {
  const titles = new Map(articles.map((a) => [a.index, a.title]));
  const out: Relation[] = [];
  for (const type of ENTITY_TYPES) {
    for (const e of entities[type]) {
      const seen = new Set<number>();
      for (const m of e.mentions) {
        const title = m.article === null ? null : titles.get(m.article);
        if (title == null || m.article === null || seen.has(m.article)) continue;
        seen.add(m.article);
        out.push({ type: 'MENTIONS', from: title, to: e.name, article: m.article, span: m.span, toType: type });
      }
    }
  }
  return out;
}

/**
 * Same type and ends once only: the first evidence wins. Keyed by the ends themselves in
 * nested maps, not by one joined string: the ends are the page's own strings, whose hashes
 * V8 keeps, while a joined key of a long headline is a new string to hash every time.
 */
function dedupe(relations: Relation[]): Relation[] {
  const seen = new Map<string, Map<string, Set<string>>>();
  return relations.filter((r) => {
    const kind = r.toType === undefined ? r.type : `${r.type} ${r.toType}`;
    let byFrom = seen.get(kind);
    if (byFrom === undefined) seen.set(kind, (byFrom = new Map()));
    let tos = byFrom.get(r.from);
    if (tos === undefined) byFrom.set(r.from, (tos = new Set()));
    if (tos.has(r.to)) return false;
    tos.add(r.to);
    return true;
  });
}

export function extractRelations(input: RelationInput): Relation[] {
  const runs = runsRelations(input);
  return dedupe([
    ...(input.townIn ?? nestedTownRelations(input)),
    ...runs,
    ...heldInRelations(input, runs),
    ...wroteRelations(input.articles),
    ...basedInRelations(input.entities.unit, input.entities.town),
    ...eventRelations(input.events),
    ...mentionRelations(input.articles, input.entities),
  ]);
}
