/**
 * Organisations named on a page: bureaus, party committees, offices, schools,
 * companies, teams with a proper name. A name is read as [places][qualifier][head]
 * (巩义市|财政|局); its left edge is found by the word before it (组织, 在, 、).
 *
 * The page often shortens a name once the story has placed it: 辖区派出所 in a
 * story about 米河镇 is 米河镇派出所, 街道党工委 is the committee of the
 * subdistrict last named, 区民政局 is the 管城区民政局 named above. Such forms
 * become aliases of the full name. Upper-level shorthands (市人社局, 团市委) are
 * kept as written: the page does not say which city they mean.
 */
import type { Article, Entity, NormalizedText, TownLevel } from '../types.js';
import { groupEntities, type Found } from './entityGroups.js';
import { isInnerAnd, isOfficeWord, nameStart } from './nameBoundary.js';
import { placeMatcher, type PlaceMatcher } from './placeMatcher.js';
import { findQuotes, quoteAt, type Quoted } from './quotes.js';
import { tokenAt, tokenize, type Tokens } from './tokens.js';
import { findTownMentions, nearestTownBefore, type TownMention } from './townMentions.js';
import {
  BARE_DEPARTMENTS,
  HEAD_PATTERN,
  SELF_SUFFICIENT,
  TEAM_HEADS,
  nameGoesOnPast,
  headEndsAt,
  headKind,
  isRealSingleHead,
  isWholeHead,
} from './unitHeads.js';
import { LEVEL_ABBREVIATIONS, UPPER_ABBREVIATION, isGenericQualifier, placePrefix } from './unitNames.js';

/** Levels of town that own government offices (not villages or communities). */
const ADMIN_LEVELS: readonly TownLevel[] = ['town', 'township', 'subdistrict', 'county', 'district', 'city'];
/** Offices a village or community has too (新时代文明实践站, 村党支部): the nearest town of any level owns them. */
const VILLAGE_OFFICE = /(?:实践站|服务站|工作站|党支部|居委会|村委会|两委|卫生室|食堂)$/u;
const ANY_LEVEL: readonly TownLevel[] = [...ADMIN_LEVELS, 'community', 'village', 'hamlet'];

/** A name as written, before it is resolved against the rest of the page. */
interface Candidate {
  text: string;
  head: string;
  article: number;
  start: number;
  end: number;
  /** Starts with a known place. */
  placed: boolean;
  /** The qualifier holds a conjunction: two things were read as one. */
  joinsTwo: boolean;
  /** Length of the leading run of places. */
  placeLength: number;
  basedIn: string | null;
}

interface ArticleContext {
  article: Article;
  tokens: Tokens;
  towns: TownMention[];
}

export function extractUnits(
  articles: Article[],
  n: NormalizedText,
  towns: Entity[],
): { units: Entity[]; warnings: string[] } {
  const warnings: string[] = [];
  const places = placeMatcher(towns);
  const contexts: ArticleContext[] = [];
  const candidates: Candidate[] = [];
  for (const article of articles) {
    try {
      const ctx = { article, tokens: tokenize(article.body), towns: findTownMentions(article.body, towns) };
      contexts.push(ctx);
      candidates.push(...findCandidates(ctx, places));
    } catch (err) {
      warnings.push(`units: article ${article.index} skipped: ${(err as Error).message}`);
    }
  }
  const found: Found[] = [];
  for (const c of candidates) {
    const ctx = contexts.find((x) => x.article.index === c.article)!;
    const resolved = resolve(c, candidates, found, ctx);
    if (resolved) found.push({ ...c, ...resolved });
  }
  // `国家税务总局某市税务局`: a national body's name (one naming no place) before a place
  // is the start of the local office's name, not a mention of its own. (国网某市供电公司 in
  // 国网某市供电公司某台区供电中心 names its own place: it stays a unit.)
  const namesAPlace = (text: string): boolean => {
    for (let i = 0; i < text.length; i++) if (places.startingAt(text, i) > 0) return true;
    return false;
  };
  const standalone = found.filter(
    (f) =>
      !found.some(
        (o) =>
          o !== f &&
          o.article === f.article &&
          o.start === f.start &&
          o.end > f.end &&
          places.startingAt(o.text, f.end - f.start) > 0 &&
          !namesAPlace(f.text),
      ),
  );
  return { units: mergeShortForms(groupEntities('unit', standalone, articles, n)), warnings };
}

/** Every head noun in the body that closes a plausible name. */
function findCandidates(ctx: ArticleContext, places: PlaceMatcher): Candidate[] {
  const { body, index } = ctx.article;
  const quotes = findQuotes(body);
  const out: Candidate[] = [];
  for (const m of body.matchAll(HEAD_PATTERN)) {
    const head = m[0];
    const headStart = m.index;
    const end = headStart + head.length;
    if (nameGoesOnPast(head, body, end)) continue;
    const word = tokenAt(ctx.tokens, headStart);
    if (head.length === 1) {
      // 海州区|站前街道: a place that begins here, not a head.
      if (places.startingAt(body, headStart) > 1) continue;
      const before = headStart > 0 ? tokenAt(ctx.tokens, headStart - 1) : undefined;
      const office = before?.end === headStart && isOfficeWord(before.word);
      if (!isRealSingleHead(word, headStart, body.slice(end, end + 1), head, office)) continue;
    }
    if (!isWholeHead(word, tokenAt(ctx.tokens, end - 1), headStart, end)) continue;
    // 中心|小学 read as one word: the longer head closes the name, the first is its qualifier.
    if (word && word.start <= headStart && word.end > end && headEndsAt(body, word.end)) continue;
    let start = nameStart(body, headStart, end, ctx.tokens, places);
    // `“某某”治水提质志愿服务队`: a quoted name before a team's words is the team's own.
    const quoted = TEAM_HEADS.has(head) ? quotedTeamStart(body, start) : -1;
    if (quoted >= 0) start = quoted;
    if (!insideQuoteAllowed(quotes, start, end, head)) continue;
    const text = body.slice(start, end);
    if (text === head && head.length === 1) continue; // a lone 局 or 所 names nothing
    const prefix = placePrefix(text, places);
    // A conjunction inside the qualifier means two things were read as one (党和政府),
    // unless it is a 和 that joins two nouns of one office (住房和城乡建设局).
    let joinsTwo = false;
    for (let i = start + prefix.length; i < headStart; i++) {
      if (!/[和与及、]/.test(body[i]!)) continue;
      if (body[i] === '和' && isInnerAnd(body, i, start, headStart, end, ctx.tokens, places)) continue;
      joinsTwo = true;
    }
    out.push({
      joinsTwo,
      text,
      head,
      article: index,
      start,
      end,
      placed: prefix.length > 0,
      placeLength: prefix.length,
      basedIn: prefix.town,
    });
  }
  return out;
}

/** Where a quoted name opening a team's name begins (its opening mark), or -1. */
function quotedTeamStart(body: string, start: number): number {
  // The team's own words may stand between the quote and where the name was cut (“…”治水志愿服务队).
  const words = /”[\u4e00-\u9fff]{0,6}$/u.exec(body.slice(Math.max(0, start - 8), start));
  if (words === null) return -1;
  const close = start - words[0].length;
  const open = body.lastIndexOf('“', close);
  return open >= 0 && close - open <= 14 && !/[，。！？、]/u.test(body.slice(open, close)) ? open : -1;
}

/**
 * Names inside quotes are slogans' words (“小事微信办，大事网格办”), except when the
 * quote is exactly the name (组建“老兵宣讲团”). Book titles never hold units.
 */
function insideQuoteAllowed(quotes: readonly Quoted[], start: number, end: number, head: string): boolean {
  const q: Quoted | undefined = quoteAt(quotes, start) ?? quoteAt(quotes, end - 1);
  if (!q) return true;
  // A quoted “安全网” or “环境小分队” is a figure of speech, not an organisation.
  if (head === '网') return false;
  // A team in quotes is a figure of speech (“环境小分队”), but a quoted name before a team's words names it.
  if (TEAM_HEADS.has(head)) return q.open === start && q.close < end;
  // Quoted speech (“…乡政府的志愿者来我这里开展助农采摘活动…”) names real bodies.
  if (q.kind === 'quote' && (q.inner.length > 30 || /[。！？]/u.test(q.inner))) return true;
  return q.kind === 'quote' && q.open + 1 === start && q.close - 1 === end;
}

/** The canonical name (and town) for a candidate, or null when it is not a unit. */
function resolve(
  c: Candidate,
  all: readonly Candidate[],
  found: readonly Found[],
  ctx: ArticleContext,
): { name: string; basedIn: string | null } | null {
  if (c.joinsTwo) return null;
  const qualifier = c.text.slice(0, c.text.length - c.head.length);
  if (c.placed) {
    const rest = qualifier.slice(c.placeLength);
    if (TEAM_HEADS.has(c.head) && isGenericQualifier(rest)) return null;
    return { name: c.text, basedIn: c.basedIn };
  }
  if (SELF_SUFFICIENT.has(c.text)) return { name: c.text, basedIn: null };
  const listHead = listedAfterPlaced(c, all, ctx.article.body);
  // A bare head after the list comma (`爱民社区舞蹈队、乐队`) shares the place too, whatever its kind.
  const shares = headKind(c.head) === 'department' || c.text === c.head;
  if (listHead !== undefined && shares && listHead.basedIn !== null) {
    const place = listHead.text.slice(0, listHead.placeLength);
    if (namesNoOtherPlace(c, place)) return { name: joinTownAndOffice(place, c.text), basedIn: listHead.basedIn };
  }
  // `玉东新区茂林镇党委、政府`: the name before the comma was read with its town; so is this one.
  const listed =
    ctx.article.body[c.start - 1] === '、'
      ? found.find((f) => f.article === c.article && f.end === c.start - 1)
      : undefined;
  if (listed !== undefined && shares) {
    const head = all.find((o) => o.article === c.article && o.end === c.start - 1)?.head ?? '';
    const stem =
      listed.basedIn ?? (head !== '' && listed.name.endsWith(head) ? listed.name.slice(0, -head.length) : '');
    if (stem.length >= 2 && namesNoOtherPlace(c, stem)) {
      return { name: joinTownAndOffice(stem, c.text), basedIn: listed.basedIn ?? null };
    }
  }
  // 街道党工委 means the subdistrict of this story even when another story on
  // the page names its own 北下街街道党工委, so the story's town is asked first.
  const abbreviation = lowerAbbreviation(c, ctx);
  if (abbreviation) return abbreviation;
  const fuller = fullerNameOnPage(c, all);
  if (fuller) return { name: fuller.text, basedIn: fuller.basedIn };
  if (abbreviation === null) return null;
  if (c.text.startsWith('局') && c.text.length > 1) return underBureau(c, found);
  if (UPPER_ABBREVIATION.test(c.text) && (qualifier.length > 1 || c.head !== '中心')) {
    return { name: c.text, basedIn: null };
  }
  return placeless(c, qualifier, ctx);
}

/**
 * A placed name elsewhere on the page that ends with this short form
 * (区民政局 → 管城区民政局), preferring the same article, then a unique one.
 */
function fullerNameOnPage(c: Candidate, all: readonly Candidate[]): Candidate | undefined {
  const fuller = all.filter((o) => o.placed && o.text.length > c.text.length && o.text.endsWith(c.text));
  const sameArticle = fuller.filter((o) => o.article === c.article);
  const pool = sameArticle.length > 0 ? sameArticle : fuller;
  const names = new Set(pool.map((o) => o.text));
  if (names.size === 1) return pool[0];
  // Several: the nearest one written before the short form in the same article.
  return sameArticle.filter((o) => o.start < c.start).sort((a, b) => b.start - a.start)[0];
}

/** 局党组 is the party group of the bureau last named. */
function underBureau(c: Candidate, found: readonly Found[]): { name: string; basedIn: string | null } | null {
  const bureau = [...found]
    .reverse()
    .find((f) => f.article === c.article && f.start < c.start && f.name.endsWith('局'));
  if (!bureau) return null;
  return { name: bureau.name + c.text.slice(1), basedIn: bureau.basedIn ?? null };
}

/**
 * 镇党委, 街道党工委, 社区党委: the abbreviation stands for the town of that level
 * last named in the story. Returns undefined when the name is not such a form,
 * null when it is but no town is known.
 */
function lowerAbbreviation(c: Candidate, ctx: ArticleContext): { name: string; basedIn: string } | null | undefined {
  const first = tokenAt(ctx.tokens, c.start);
  const abbr = LEVEL_ABBREVIATIONS.find(
    (a) => c.text.startsWith(a.word) && (!first || first.word.length <= a.word.length),
  );
  if (!abbr || c.text.length === abbr.word.length) return undefined;
  const town = nearestTownBefore(ctx.towns, c.start, [abbr.level]);
  if (!town) return null;
  return { name: town.name + c.text.slice(abbr.word.length), basedIn: town.name };
}

/**
 * Whether an office listed after a placed name can share its place: it is the bare head
 * (`、政府`) or the head after the place's own level word (`、镇政府` after 叶堡镇), not a
 * name of its own (`、市委精神文明建设办公室`, `、市民政局` after a district).
 */
function namesNoOtherPlace(c: Candidate, place: string): boolean {
  if (c.text === c.head) return true;
  const level = c.text.slice(0, c.text.length - c.head.length);
  return ['镇', '乡', '街道', '社区', '村', '县', '区', '市'].some((l) => level === l && place.endsWith(l));
}

/** 叶堡镇 + 镇政府 → 叶堡镇政府: the office's own level word is the town's last one. */
function joinTownAndOffice(town: string, office: string): string {
  // `某山司法所` under 某山镇: the office already names its town, by the short form.
  const short = town.replace(/(?:街道|镇|乡|区|县|市|村|社区)$/u, '');
  if (short.length >= 2 && short !== town && office.startsWith(short)) return office;
  for (const level of ['街道', '镇', '乡', '区', '县', '市', '村', '社区']) {
    if (town.endsWith(level) && office.startsWith(level) && office.length > level.length) {
      return town + office.slice(level.length);
    }
  }
  return town + office;
}

/**
 * `站塘乡党委、政府`, `叶堡镇党委、镇政府`: offices listed after a placed one share its
 * place. Returns the placed candidate the list starts with, or undefined.
 */
function listedAfterPlaced(c: Candidate, all: readonly Candidate[], body: string): Candidate | undefined {
  let at = c.start;
  let previous: Candidate | undefined;
  for (;;) {
    if (body[at - 1] !== '、') return previous?.placed ? previous : undefined;
    const before = all.find((o) => o.article === c.article && o.end === at - 1);
    if (before === undefined) return previous?.placed ? previous : undefined;
    previous = before;
    if (before.placed) return before;
    at = before.start;
  }
}

/** A name without any place: completed, kept or dropped according to its head. */
function placeless(
  c: Candidate,
  qualifier: string,
  ctx: ArticleContext,
): { name: string; basedIn: string | null } | null {
  const generic = isGenericQualifier(qualifier);
  const kind = headKind(c.head);
  if (kind === 'department') {
    if (generic && !BARE_DEPARTMENTS.has(c.head)) return null;
    if (!generic && c.head.length === 1 && qualifier.length < 2) return null;
    // `某镇党委` names its own town, even one the data does not know: nothing to complete.
    if (qualifier.length >= 3 && /(?:镇|乡|街道|社区|村)$/u.test(qualifier)) return { name: c.text, basedIn: null };
    const town = nearestTownBefore(ctx.towns, c.start, VILLAGE_OFFICE.test(c.text) ? ANY_LEVEL : ADMIN_LEVELS);
    if (town) return { name: joinTownAndOffice(town.name, generic ? c.head : c.text), basedIn: town.name };
    return generic ? null : { name: c.text, basedIn: null };
  }
  if (kind === 'named' && !generic && qualifier.length >= 2) {
    if (c.head === '网' && (qualifier.length < 2 || qualifier.length > 4)) return null;
    return { name: c.text, basedIn: null };
  }
  // A branch of a named organisation (国网洛阳供电公司|西工台区供电中心) is named by it.
  if ([...qualifier.matchAll(HEAD_PATTERN)].some((m) => m[0].length > 1)) return { name: c.text, basedIn: null };
  return null;
}

/**
 * One more pass over whole entities: a placed name that is the tail of exactly
 * one longer name on the page (洛阳供电公司 / 国网洛阳供电公司) is its alias.
 */
function mergeShortForms(units: Entity[]): Entity[] {
  const kept: Entity[] = [];
  for (const u of units) {
    const longer = units.filter((o) => o !== u && o.name.length > u.name.length && o.name.endsWith(u.name));
    if (u.name.length >= 3 && longer.length === 1) {
      const target = longer[0]!;
      for (const form of [u.name, ...u.aliases]) {
        if (form !== target.name && !target.aliases.includes(form)) target.aliases.push(form);
      }
      target.mentions.push(...u.mentions);
    } else {
      kept.push(u);
    }
  }
  return kept;
}
