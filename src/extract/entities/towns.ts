/**
 * Towns: every administrative place the articles name, at every level (省 … 屯),
 * resolved against the official divisions where the page's context allows, and the
 * TOWN_IN links the text itself writes (巩义市米河镇: 米河镇 in 巩义市).
 */
import type {
  Article,
  Entity,
  Mention,
  NormalizedText,
  PageHeader,
  Relation,
  Span,
  TownLevel,
  TownResolution,
} from '../types.js';
import {
  allPlaceNames,
  findPlaceNames,
  longestFirst,
  levelOf,
  minRank,
  rankOfLevel,
  resolveJointly,
  SAME_CITY,
  SAME_COUNTY,
  SupportContext,
  type ChainLink,
  type Division,
  type Gazetteer,
  type PlaceMatch,
} from '../gazetteer/index.js';
import { streetShortForms } from '../gazetteer/names.js';
import { isWhiteSpace, squash, type Squashed } from '../text/squash.js';
import { tokenAt, tokenize, type Tokens } from './tokens.js';
import { boundedVillages } from './villageGrammar.js';

export interface TownsResult {
  towns: Entity[];
  townIn: Relation[];
  warnings: string[];
}

/** One text of an article (title, subtitle or body) and where it sits in the normalised text. */
interface Field {
  article: number;
  text: string;
  /** Maps an offset in `text` to one in NormalizedText.text; null when the text was not found there. */
  toText: ((offset: number) => number) | null;
  fallback: Span;
}

/** A place name found on the page, with what the page-wide resolution made of it. */
interface Found extends PlaceMatch {
  /** A grammar name whose left edge the text makes certain (在兴洛湖社区): a town without a written parent. */
  bounded?: boolean;
  field: Field;
  fieldIndex: number;
  rank: number;
  division: Division | null;
}

/**
 * Where each character of a headline sits in the normalised text. Headlines are stored
 * with their lines joined by one space while the page breaks them anywhere, so they are
 * compared without white space; of several copies the one inside the story's span wins.
 */
function locate(page: Squashed, n: NormalizedText, head: string, story: Span): ((offset: number) => number) | null {
  const needle = head.replace(/\s/g, '');
  if (needle.length === 0) return null;
  let found: number | null = null;
  for (let i = page.text.indexOf(needle); i >= 0; i = page.text.indexOf(needle, i + 1)) {
    found ??= i;
    const o = n.toOriginal(page.at[i]!);
    if (o >= story.start && o < story.end) {
      found = i;
      break;
    }
  }
  if (found === null) return null;
  const from = found;
  // The k-th visible character of the headline is the (from + k)-th of the squashed page.
  const visibleBefore: number[] = [];
  let k = 0;
  for (const ch of head) {
    visibleBefore.push(k);
    if (!isWhiteSpace(ch.charCodeAt(0))) k++;
  }
  visibleBefore.push(k);
  return (offset) => {
    const v = visibleBefore[offset] ?? k;
    return v >= needle.length ? page.at[from + needle.length - 1]! + 1 : page.at[from + v]!;
  };
}

function fieldsOf(articles: readonly Article[], n: NormalizedText): Field[] {
  const out: Field[] = [];
  let page: Squashed | null = null;
  for (const a of articles) {
    for (const head of [a.title, a.subtitle]) {
      if (!head) continue;
      page ??= squash(n.text);
      out.push({ article: a.index, text: head, toText: locate(page, n, head, a.span), fallback: a.span });
    }
    out.push({ article: a.index, text: a.body, toText: (o) => a.bodyOffset + o, fallback: a.span });
  }
  return out;
}

/**
 * Villages and hamlets missing from the dataset, found by grammar: right after a
 * township-level place or a village, 2–3 characters and 村/屯/社区 (南曹乡姚庄村,
 * XX村YY屯). Only there is the start of the name certain.
 */
const VILLAGE_AFTER_PARENT = /^([\u4e00-\u9fff]{2,3}?)(行政村|自然村|村(?![庄（(])|屯|社区(?![（(]))/u;
/** A township or town name right after its county (2–3 characters, then 乡 or 镇). */
const TOWNSHIP_AFTER_COUNTY = /^([\u4e00-\u9fff]{2,3}?)(乡|镇)(?![村长干政党委])/u;
/** Words that end like a village but name none (乡村振兴, 新农村), and a preposition after the parent (明仁街道在明仁社区). */
const NOT_A_VILLAGE = /^(?:新?农|乡|城|全|各|本|该|驻|进|到|下|在|的)/;

/** Tags of verbs and adverbs (组织, 积极): a word of these never begins a village's name. */
const VERB_TAGS = /^(v|vd|d|ad)$/;

/** Tags of a one-character word joining two names (和, 与, 及, 在). */
const CONJUNCTION_TAGS = /^(c|p)$/;

/** The part before 村/镇/社区 names a place, not a phrase (某镇举办的社区, 某乡集镇各村). */
function readsAsPlaceName(part: string): boolean {
  return !NOT_A_VILLAGE.test(part) && !/[的各们等]/u.test(part);
}

function grammarVillages(text: string, matches: readonly PlaceMatch[]): PlaceMatch[] {
  const starts = new Set(matches.map((m) => m.start));
  const out: PlaceMatch[] = [];
  let tokens: Tokens | null = null;
  for (const m of matches) {
    const rank = rankOfLevel(levelOf(m.form));
    if (m.kind === 'short' || rank === null || starts.has(m.end)) continue;
    if (rank === 3) {
      // `某县某某乡`: a township written inside its county is a place even where the
      // current data knows it by another name (an old 乡 now a 镇).
      const t = TOWNSHIP_AFTER_COUNTY.exec(text.slice(m.end, m.end + 6));
      if (t?.[1] && readsAsPlaceName(t[1]) && !/[县区市]/u.test(t[1])) {
        out.push({ start: m.end, end: m.end + t[0].length, form: t[0], kind: 'grammar', candidates: [] });
      }
      continue;
    }
    if (rank < 4) continue;
    const g = VILLAGE_AFTER_PARENT.exec(text.slice(m.end, m.end + 5));
    if (!g?.[1] || !readsAsPlaceName(g[1])) continue;
    // 王家庄村|和|李家屯 is a list, 米河镇|和平村 a village: jieba tells the conjunction from the name.
    tokens ??= tokenize(text);
    const next = tokenAt(tokens, m.end);
    if (CONJUNCTION_TAGS.test(next?.tag ?? '') && next?.end === m.end + 1) continue;
    // `某镇组织镇村干部`: a verb after the town begins the predicate, not a village's name.
    if (next !== undefined && next.word.length >= 2 && VERB_TAGS.test(next.tag) && next.end <= m.end + g[1].length)
      continue;
    if (g[2] !== '屯' && rank === 5) continue;
    out.push({ start: m.end, end: m.end + g[0].length, form: g[0], kind: 'grammar', candidates: [] });
    // `某乡某某行政村某某村`: a natural village named inside its administrative one.
    if (g[2] === '行政村') {
      const at = m.end + g[0].length;
      const v = /^([\u4e00-\u9fff]{2,3}?)(?:自然)?村/u.exec(text.slice(at, at + 6));
      if (v?.[1] && readsAsPlaceName(v[1])) {
        out.push({ start: at, end: at + v[0].length, form: v[0], kind: 'grammar', candidates: [] });
      }
    }
  }
  return out;
}

/** Depth for ordering a written chain; a 屯 sits below its 村 though the data ranks both as villages. */
function rankOf(m: PlaceMatch): number {
  const rank = m.candidates.length > 0 ? minRank(m.candidates) : (rankOfLevel(levelOf(m.form)) ?? 9);
  return rank === 5 && levelOf(m.form) === 'hamlet' ? 5.5 : rank;
}

/**
 * Adjacent names where the first is the higher level: the text places one inside the other.
 * The parent of a list's first place is that of the whole list: `某区A村、B村、C村` puts
 * each village in 某区.
 */
function chainLinks(found: readonly Found[]): ChainLink[] {
  const links: ChainLink[] = [];
  for (let i = 0; i + 1 < found.length; i++) {
    const p = found[i]!;
    const c = found[i + 1]!;
    // `香坊区铁东街道办事处香木社区`: a subdistrict's office between it and its community still nests them.
    const between = p.field === c.field ? p.field.text.slice(p.end, c.start) : null;
    const inside = p.rank < c.rank || (p.rank === c.rank && p.form.endsWith('行政村'));
    if (between === null || (between !== '' && between !== '办事处') || !inside) continue;
    links.push({ parent: i, child: i + 1 });
    for (let j = i + 2; j < found.length && listedAfter(found[j - 1]!, found[j]!, c.rank); j++) {
      links.push({ parent: i, child: j });
    }
  }
  return links;
}

/** The next place of a list: in the same text, right after a 、, at the list's level. */
function listedAfter(previous: Found, next: Found, rank: number): boolean {
  return (
    previous.field === next.field && next.rank === rank && previous.field.text.slice(previous.end, next.start) === '、'
  );
}

/** The places the paper's own name gives (洛阳日报 → 洛阳市), before any text is read. */
function priorCodes(header: PageHeader, gz: Gazetteer): string[] {
  if (!header.paper) return [];
  return findPlaceNames(header.paper, gz)
    .filter((m) => m.candidates.length === 1)
    .map((m) => m.candidates[0]!.code);
}

/**
 * Heads of organisation names: a short place name right before one is part of the
 * name (洛阳华远有限公司), not a place of its own. A venue is different: 在洛阳博物馆.
 */
const UNIT_HEAD =
  /公司|集团|有限|银行|大学|学院|学校|中学|小学|医院|局|委|办|中心|支队|大队|中队|站|所|协会|商会|工会|日报|报社|电视台|法院|检察院|供电|电力/;
const STREET_HEAD = /^(?:路|街|大街|大道|道|巷|胡同|里|弄)/;

function isStandaloneShort(m: Found): boolean {
  const after = m.field.text.slice(m.end, m.end + 8).split(/[，。、；：,.;:！？!?“”"（）()《》\s]/)[0] ?? '';
  return !UNIT_HEAD.test(after) && !STREET_HEAD.test(after);
}

/**
 * District names built only of position words (城区, 郊区, 市中区, 新城区, 老城区) are
 * also plain nouns ("老城区改造"): they count only inside their own city's context.
 */
function isGenericDistrict(form: string): boolean {
  return /^[东西南北中新老旧城市郊矿上下前后内外]+[区县市]$/.test(form);
}

/**
 * Whether a found name is a town of the page. `context` holds the distinct codes the
 * page's full names resolved to; support must come from another place than the name
 * itself. Short forms need that support (or their own full form on the page); village
 * names and 2-character names repeat across the country, so they need support from
 * the same county or a written parent; a township-level name without support is a
 * chance hit (铁西城乡 → 西城乡) unless the page gives no context at all.
 */
/**
 * Common nouns that are also some place's name: `小城镇环境综合整治` speaks of small towns
 * in general (舒兰市 has a 小城镇). Before words of planning and works they are the noun.
 */
const COMMON_PLACE_NOUN = /^(?:小城镇|新城区|老城区|城中村)$/u;
const WORKS_AFTER = /^(?:环境|建设|整治|综合|发展|规划|改造|治理)/u;

function isTown(m: Found, linked: boolean, context: SupportContext): boolean {
  if (/^(?:行政村|自然村)$/u.test(m.form)) return false; // the kind of village, not one
  if (COMMON_PLACE_NOUN.test(m.form) && WORKS_AFTER.test(m.field.text.slice(m.end, m.end + 2))) return false;
  if (m.kind === 'grammar') return linked || m.bounded === true;
  const own = m.division?.code;
  const support = own === undefined ? 0 : context.supportFor(own);
  if (m.kind === 'short')
    return own !== undefined && (context.has(own) || support >= SAME_CITY) && isStandaloneShort(m);
  const supported = support >= (m.rank >= 5 ? SAME_COUNTY : SAME_CITY);
  if (m.rank <= 3 && isGenericDistrict(m.form) && !supported) return false;
  if (linked) return true;
  if (m.rank >= 5 || m.form.length <= 2) return supported;
  if (m.division) return true;
  const level = levelOf(m.form);
  if (level === null) return false;
  // A county or city name is distinctive even when the data places it elsewhere.
  if (m.rank <= 3) return true;
  return context.size === 0 && (level !== 'subdistrict' || m.form.endsWith('街道'));
}

/** A written name with 街 ≡ 街道, so 北门街 and 北门街道 are one place. */
function writtenKey(form: string): string {
  return streetShortForms(form)[0] ?? form;
}

/**
 * Groups the written forms of one place: by code, else by the written name, joining
 * a resolved mention of the same name when there is one (one name, one entity).
 */
function identityOf(m: Found, codeOfName: ReadonlyMap<string, string>): string {
  if (m.division) return m.division.code;
  return codeOfName.get(writtenKey(m.form)) ?? `?${writtenKey(m.form)}`;
}

function spanOf(m: Found, n: NormalizedText): Span {
  const toText = m.field.toText;
  return toText === null ? m.field.fallback : n.spanToOriginal(toText(m.start), toText(m.end - 1) + 1);
}

/**
 * The fullest written form: with a suffix before without, then the longest. A place
 * written only in short (洛阳) is named by its official name (洛阳市).
 */
function canonicalForm(group: readonly Found[]): string {
  const official = group.find((m) => m.division)?.division?.name;
  if (official && group.every((m) => m.kind === 'short')) return official;
  const best = [...group].sort(
    (a, b) => (a.kind === 'short' ? 1 : 0) - (b.kind === 'short' ? 1 : 0) || b.form.length - a.form.length,
  )[0]!;
  return best.form;
}

interface TownGroup {
  entity: Entity;
  found: Found[];
}

/**
 * Where a place sits: its official chain when the division data knows it, else the chain
 * of the place the text writes it in. The text's own containment wins over the data's
 * current assignment: `南曹乡姚庄村` puts 姚庄村 in 南曹乡 even where the data has moved the
 * village to another subdistrict, and 南曹乡, which the data no longer lists, takes the
 * levels above it (管城回族区 …) from the village's code, so no place is left an orphan.
 */
function resolutionOf(
  group: TownGroup,
  gz: Gazetteer,
  textParent: (g: TownGroup) => TownGroup | null,
  textChildren: (g: TownGroup) => readonly TownGroup[],
  seen: Set<TownGroup> = new Set(),
): TownResolution {
  const d = division(group);
  const level: TownLevel | null = d?.level ?? levelOf(group.entity.name);
  seen.add(group);
  const parent = textParent(group);
  const textChain = (): TownResolution['parents'] => {
    const up = resolutionOf(parent!, gz, textParent, textChildren, seen);
    return [{ name: parent!.entity.name, code: up.code, level: up.level }, ...up.parents];
  };
  if (d) {
    const official = gz.parentsOf(d.code).map((p) => ({ name: p.name, code: p.code, level: p.level }));
    const parentRank = parent ? rankOfLevel(levelOf(parent.entity.name)) : null;
    const overrides = parent && !seen.has(parent) && !division(parent) && parentRank !== null && parentRank < d.rank;
    return { level, code: d.code, officialName: d.name, parents: overrides ? textChain() : official };
  }
  if (parent && !seen.has(parent)) return { level, code: null, officialName: null, parents: textChain() };
  return { level, code: null, officialName: null, parents: chainAboveFromChildren(group, level, gz, textChildren) };
}

function division(group: TownGroup): Division | null {
  return group.found.find((m) => m.division)?.division ?? null;
}

/**
 * The official levels above an uncoded place, read from a coded place the text writes
 * inside it (the county and city of 姚庄村 for 南曹乡): empty when no such child says.
 */
function chainAboveFromChildren(
  group: TownGroup,
  level: TownLevel | null,
  gz: Gazetteer,
  textChildren: (g: TownGroup) => readonly TownGroup[],
): TownResolution['parents'] {
  const rank = rankOfLevel(level);
  if (rank === null) return [];
  for (const child of textChildren(group)) {
    const d = division(child);
    if (!d || d.rank <= rank) continue;
    return gz
      .parentsOf(d.code)
      .filter((p) => p.rank < rank)
      .map((p) => ({ name: p.name, code: p.code, level: p.level }));
  }
  return [];
}

/** What one reading of the page makes of its place names. */
interface Reading {
  found: Found[];
  links: ChainLink[];
  accepted: boolean[];
}

interface Rejected {
  field: number;
  start: number;
  end: number;
}

/** A name inside a rejected one (家村 in 王家村) is no better; one overlapping its edge may be. */
function isInsideRejected(m: PlaceMatch, rejected: readonly Rejected[] | undefined): boolean {
  return rejected !== undefined && rejected.some((r) => r.start <= m.start && m.end <= r.end);
}

/** A field's names as first read, before any was rejected: a second reading reuses them where it rejects none. */
const firstReading = new WeakMap<Field, PlaceMatch[]>();

/** The names one field holds, in text order, leaving out those inside a rejected one. */
function placesInField(
  field: Field,
  raw: readonly PlaceMatch[],
  inField: readonly Rejected[] | undefined,
  gz: Gazetteer,
): PlaceMatch[] {
  if (inField === undefined) {
    const known = firstReading.get(field);
    if (known !== undefined) return known;
  }
  const matches = longestFirst(
    field.text.length,
    raw.filter((m) => !isInsideRejected(m, inField)),
  );
  const afterParent = grammarVillages(field.text, matches);
  // Dataset names and names after a parent come first; a full dataset name ending
  // in the same suffix is left to them, a fragment inside (洛湖 in 兴洛湖社区) gives way.
  const taken = new Uint8Array(field.text.length);
  for (const m of [...matches, ...afterParent]) if (m.kind !== 'short') taken.fill(1, m.start, m.end);
  const bounded = boundedVillages(field.text, taken, gz);
  const kept = matches.filter((m) => !bounded.some((b) => b.start <= m.start && m.end <= b.end));
  const all = [...kept, ...afterParent, ...bounded].sort((a, b) => a.start - b.start);
  if (inField === undefined) firstReading.set(field, all);
  return all;
}

/** Selects, resolves and judges the names, leaving out those an earlier reading rejected. */
function readPage(
  fields: readonly Field[],
  raw: readonly PlaceMatch[][],
  rejected: readonly Rejected[],
  prior: readonly string[],
  gz: Gazetteer,
): Reading {
  const found: Found[] = [];
  const rejectedByField = new Map<number, Rejected[]>();
  for (const r of rejected) rejectedByField.set(r.field, [...(rejectedByField.get(r.field) ?? []), r]);
  fields.forEach((field, f) => {
    const all = placesInField(field, raw[f]!, rejectedByField.get(f), gz);
    for (const m of all) {
      const { start, end, form, kind, candidates } = m;
      const isBounded = 'bounded' in m && m.bounded === true;
      found.push({
        start,
        end,
        form,
        kind,
        candidates,
        ...(isBounded ? { bounded: true } : {}),
        field,
        fieldIndex: f,
        rank: rankOf(m),
        division: null,
      });
    }
  });
  const links = chainLinks(found);
  resolveJointly(
    found.map((m) => m.candidates),
    links,
    prior,
    found.map((m) => m.kind === 'short'),
  ).forEach((d, i) => (found[i]!.division = d));
  const linked = new Set(links.flatMap((l) => [l.parent, l.child]));
  const context = new SupportContext([
    ...prior,
    ...found.flatMap((m) => (m.division && m.kind !== 'short' ? [m.division.code] : [])),
  ]);
  return { found, links, accepted: found.map((m, i) => isTown(m, linked.has(i), context)) };
}

/**
 * The township-level place (镇, 乡, 街道) of the same story nearest before found[i]
 * (in reading order: headings, then body), else the first one after it.
 */
function storyParent(found: readonly Found[], accepted: readonly boolean[], i: number): number | null {
  const m = found[i]!;
  let before: number | null = null;
  let after: number | null = null;
  found.forEach((p, j) => {
    if (!accepted[j] || p.field.article !== m.field.article || p.rank !== 4) return;
    const earlier = p.fieldIndex < m.fieldIndex || (p.fieldIndex === m.fieldIndex && p.end <= m.start);
    if (earlier) before = j;
    else after ??= j;
  });
  return before ?? after;
}

export function extractTowns(articles: Article[], n: NormalizedText, header: PageHeader, gz: Gazetteer): TownsResult {
  const warnings: string[] = [];
  const fields = fieldsOf(articles, n);
  const raw = fields.map((f) => allPlaceNames(f.text, gz));
  const prior = priorCodes(header, gz);
  let reading = readPage(fields, raw, [], prior, gz);
  // A rejected name may hide a good one it overlaps (西城乡 hides 铁西 in 铁西城乡): read again without it.
  const rejected = reading.found.flatMap((m, i) =>
    reading.accepted[i] || m.kind === 'grammar' ? [] : [{ field: m.fieldIndex, start: m.start, end: m.end }],
  );
  if (rejected.length > 0) reading = readPage(fields, raw, rejected, prior, gz);
  const { found, links, accepted } = reading;

  const codeOfName = new Map<string, string>();
  found.forEach((m, i) => {
    if (accepted[i] && m.division && m.kind !== 'short') codeOfName.set(writtenKey(m.form), m.division.code);
  });
  const groups = new Map<string, TownGroup>();
  const groupOfFound = new Map<number, TownGroup>();
  found.forEach((m, i) => {
    if (!accepted[i]) return;
    const key = identityOf(m, codeOfName);
    let g = groups.get(key);
    if (!g) {
      g = { entity: { type: 'town', name: m.form, aliases: [], mentions: [] }, found: [] };
      groups.set(key, g);
    }
    g.found.push(m);
    g.entity.mentions.push({ article: m.field.article, text: m.form, span: spanOf(m, n) } satisfies Mention);
    groupOfFound.set(i, g);
  });

  // TOWN_IN only where the text writes one place right inside another, and the data does not say otherwise.
  const pending: { child: TownGroup; parent: TownGroup; article: number; span: Span | null }[] = [];
  const parentOf = new Map<TownGroup, TownGroup>();
  for (const link of links) {
    const parent = groupOfFound.get(link.parent);
    const child = groupOfFound.get(link.child);
    if (!parent || !child || parent === child) continue;
    const p = found[link.parent]!;
    const c = found[link.child]!;
    if (p.division && c.division && !c.division.code.startsWith(p.division.code)) continue;
    if (!parentOf.has(child)) parentOf.set(child, parent);
    if (pending.some((x) => x.child === child && x.parent === parent)) continue;
    const toText = c.field.toText;
    pending.push({
      child,
      parent,
      article: c.field.article,
      span: toText === null ? null : n.spanToOriginal(toText(p.start), toText(c.end - 1) + 1),
    });
  }

  // A community found by grammar belongs to the township-level place its story names last before it.
  found.forEach((m, i) => {
    const g = groupOfFound.get(i);
    if (!m.bounded || !g || parentOf.has(g)) return;
    const parent = storyParent(found, accepted, i);
    const pg = parent === null ? undefined : groupOfFound.get(parent);
    if (pg && pg !== g) parentOf.set(g, pg);
  });

  for (const g of groups.values()) {
    const name = canonicalForm(g.found);
    const official = g.found.find((m) => m.division)?.division?.name;
    const forms = new Set([...g.found.map((m) => m.form), ...(official ? [official] : [])]);
    forms.delete(name);
    g.entity.name = name;
    g.entity.aliases = [...forms];
  }
  const childrenOf = new Map<TownGroup, TownGroup[]>();
  for (const [child, parent] of parentOf) childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), child]);
  for (const g of groups.values()) {
    g.entity.town = resolutionOf(
      g,
      gz,
      (x) => parentOf.get(x) ?? null,
      (x) => childrenOf.get(x) ?? [],
    );
    if (!g.entity.town.code)
      warnings.push(`town ${g.entity.name}: not found in the division data for this page's area; kept as written`);
  }
  const townIn: Relation[] = pending.map(({ child, parent, article, span }) => ({
    type: 'TOWN_IN',
    from: child.entity.name,
    to: parent.entity.name,
    article,
    span,
  }));
  return { towns: [...groups.values()].map((g) => g.entity), townIn, warnings };
}
