/**
 * News items → events: what happened, when, where, who organised it, under which
 * campaign, and the amounts reported.
 *
 * Every article yields a lead event (its first sentence with an action verb — the
 * news lead). Later sentences yield further events only when they carry their own
 * date, because a new date is how Chinese news text marks a separate happening.
 */
import type { Article, Entity, EntityType, ExtractedEvent, Span } from './types.js';
import { resolveDate, type ResolvedDate, type TextYear } from './dates.js';
import { extractQuantities } from './quantities.js';
import { hostUnits } from './hosts.js';
import { memoPerList } from './memo.js';
import { POST_AFTER_UNIT } from './lexicon/posts.js';
import { visitedPlaces } from './visits.js';
import {
  locate,
  lowestTown,
  lowestTowns,
  VILLAGE_RANK,
  splitClauses,
  splitSentences,
  townRank,
  type Occurrence,
  type Piece,
} from './sentences.js';

/** Verbs that report something being done (the predicate of a news lead). */
export const EVENT_VERB =
  /开展|组织|举办|举行|召开|启动|开启|推进|实施|走进|来到|深入|前往|参加|参与|发放|慰问|进行|拉开帷幕|落下帷幕|揭牌|签约|成立|宣讲|调研|检查|启用|送去|送至|体验|看望|学习|观摩|部署|设立|开设|掀起|迎来|走访|参观|观看|捐赠|捐献|签订|授牌|颁发|表彰|评选|选举|当选|督查|考察|视察|接受/u;

/** Words for "lately" that open a news lead in place of a date (they state none). */
const RECENTLY = '近日|日前|近期|近几天|这几天|连日来|前不久|近来';

/** A sentence that opens with when it happened (`10月1日清晨，…`, `近日，…`) reports a happening. */
const DATED_OPENING = new RegExp(
  String.raw`^(?:${RECENTLY}|当天|\d{1,2}月\d{1,2}[日号]|\d{4}年\d{1,2}月\d{1,2}[日号]|[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日)`,
  'u',
);

/**
 * A later sentence is a further activity only with a verb of holding or going
 * (开展, 召开, 走进 …), not of striving (打造, 推进, 高度重视…), which sum a story up.
 */
const FURTHER_EVENT_VERB =
  /开展|组织|举办|举行|召开|启动|走进|来到|深入|前往|慰问|看望|宣讲|调研|检查|揭牌|签约|成立|启用|发放|送去|送至/u;

/**
 * A sentence that is someone's words: a quotation with at most a `他说` after it. One that
 * goes on past the quote (`“学习雷锋好榜样……”伴随着歌声，…活动启动`) reports what happened.
 */
const QUOTE_OPENING = /^[“"「][^”"」]*[”"」]/u;
const isSpeech = (sentence: string): boolean => {
  const quote = QUOTE_OPENING.exec(sentence);
  return quote !== null && sentence.length - quote[0].length < 15;
};

/** A sentence summing up years of work (近年来，县委、县政府高度重视…) reports no one happening. */
const SUMMING_UP = /^(?:近年来|近两年来|近几年|多年来|今年以来|一直以来|长期以来|自[^，,]{1,20}以来)/u;
/** `10月26日，是第二十二届环卫工人节`: a date said to be a day of note, not something done on it. */
const DAY_OF_NOTE = new RegExp(`${DATED_OPENING.source}[^，,。]{0,4}[，,]\\s*(?:是|为|恰逢|正值|适逢)`, 'u');

/** Leading clauses that state a purpose or a basis, not what happened. */
const PURPOSE_START = /^(为了?|按照|根据|围绕|随着|在.{0,12}(之际|期间|背景下))/u;
const DATE_ONLY = new RegExp(
  String.raw`^(${RECENTLY}|今年以来|近年来|\d{1,2}月\d{1,2}[日号](上午|下午|晚)?|\d{4}年\d{1,2}月\d{1,2}[日号])$`,
  'u',
);
const MAX_SUMMARY = 80;
const MAX_EVENTS_PER_ARTICLE = 20;

export interface EventInput {
  article: Article;
  /** The page's printed date (ISO), or null. */
  pageDate: string | null;
  /** The year the page's text gives (`yearFromText`), for pages that print no date. */
  textYear?: TextYear | null;
  entities: Record<EntityType, Entity[]>;
  /** Maps a range of NormalizedText.text to the original page text. */
  spanToOriginal: (start: number, end: number) => Span;
}

/**
 * The lead of a sentence: purpose clauses ("为防范和打击…，维护…") and bare date
 * clauses ("近日") dropped, then clauses kept while the line stays short.
 */
export function summarize(sentence: string, actors: readonly Entity[]): string {
  const clauses = splitClauses(sentence);
  const isDate = (i: number): boolean => DATE_ONLY.test((clauses[i]?.text ?? '').replace(/[，,、]$/u, ''));
  let from = 0;
  while (from < clauses.length - 1 && isDate(from)) from++;
  if (PURPOSE_START.test(clauses[from]?.text ?? '')) {
    // The purpose runs on until a clause names an actor or a date.
    const purpose = from;
    const firstActor = clauses.findIndex((c, i) => i > purpose && (locate(c.text, actors).length > 0 || isDate(i)));
    from = firstActor < 0 ? purpose : firstActor;
  }
  while (from < clauses.length - 1 && isDate(from)) from++;
  const start = clauses[from]?.start ?? 0;
  let end = clauses[from]?.end ?? sentence.length;
  for (const c of clauses.slice(from + 1)) {
    if (c.end - start > MAX_SUMMARY) break;
    end = c.end;
  }
  return sentence.slice(start, end).replace(/[，,、：:；;。！？!?]+$/u, '');
}

/**
 * Verbs whose grammatical subject organised the activity: the unit written before one
 * of them in its clause ran the event (`某镇党委召开专题会议`, `A联合B开展`); units
 * after it are what was organised (`组织文明实践所志愿者…`), visited or served.
 */
const ORGANISING_VERB =
  /开展|组织|举办|举行|召开|主办|承办|协办|启动|开启|实施|发起|推出|策划|走进|来到|深入|前往|慰问|看望|进行|发放|宣讲|调研|检查|成立|揭牌|签约|部署|打造|推进|邀请|带领|采取|通过/u;

/** Units that only set the scene of a clause: `在A指导下`, `受A邀请`, `为A…`. */
const NOT_SUBJECT_BEFORE =
  /(在|到|赴|于|向|给|对|走进|来到|深入|前往|受|为|帮助|指导|协助|邀请|组织|和|与|同|及|依托|借助|利用|通过|代表)$/u;

/** `在长堤历史文化街区、白沙街道学雷锋志愿服务站开展…`: what stands between 在 and the verb is the place. */
const AT_PLACE = /(?<![现正存所实好自内外潜])在(?!于)/u;

/** `在A、B联合开展的…中`, `由A主办的`: a clause that names the hosts of its setting. */
const HOSTED_SETTING = /^[在由]([^，。]+?)(?:联合|共同)?(?:开展|举办|组织|主办|承办|举行|发起)的/u;

/**
 * The units a sentence names as doers of its activity: in each clause, those written
 * before its first organising verb (and not after a preposition or as its object); a
 * clause that names a unit but no verb (`某市财政局以…为抓手，`) hands that unit on
 * to the next clause's verb. Asked twice of a later sentence (is it an event? whose?),
 * so read once per page's unit list.
 */
export const organisers: (sentence: string, units: readonly Entity[]) => string[] = memoPerList(readOrganisers);

/** After a list of outlets: their reporters (等媒体记者, 的记者), the people who did it. */
const OUTLETS_PEOPLE =
  /^(?:[、，,和及与]|等)*(?:多家|各)?(?:[\u4e00-\u9fff]{0,6}?(?:媒体|新闻单位))?(?:的)?(?:记者|编辑)/u;

/**
 * Whether the unit at `o` only says whose reporters act: `A、B等媒体记者` before the verb
 * at `limit`. `located` are the clause's unit occurrences, in order.
 */
function reportersOf(text: string, o: Occurrence, limit: number, located: readonly Occurrence[]): boolean {
  let rest = '';
  let at = o.end;
  for (const other of located) {
    if (other.start < at || other.end > limit) continue;
    rest += text.slice(at, other.start);
    at = other.end;
  }
  rest += text.slice(at, Math.max(at, limit));
  return OUTLETS_PEOPLE.test(rest);
}

function readOrganisers(sentence: string, units: readonly Entity[]): string[] {
  const found = new Set<string>();
  let pending: string[] = [];
  // Lists stay whole: `A、B、C等相关工作人员开展了` names three doers.
  for (const clause of splitClauses(sentence, true)) {
    if (PURPOSE_START.test(clause.text)) continue;
    const hosted = HOSTED_SETTING.exec(clause.text);
    if (hosted !== null) {
      // `在A、B联合开展的…活动中`: the setting names who ran it.
      for (const o of locate(hosted[1] ?? '', units)) found.add(o.entity.name);
      continue;
    }
    const verb = ORGANISING_VERB.exec(clause.text);
    const at = AT_PLACE.exec(clause.text);
    // Units after 在 and before the verb are where it happened, not who did it.
    const limit = verb === null ? clause.text.length : at !== null && at.index < verb.index ? at.index : verb.index;
    const located = locate(clause.text, units);
    const subjects = located
      .filter((o) => o.end <= limit)
      // `县委书记孙某出席`: the unit names a person's post; the person acts, not the unit.
      .filter((o) => !POST_AFTER_UNIT.test(clause.text.slice(o.end, o.end + 3)))
      // `人民日报、新华社等媒体记者走进…`: the outlets' reporters went; the outlets organised nothing.
      .filter((o) => !reportersOf(clause.text, o, limit, located))
      .filter(notAfterAPreposition(clause.text))
      .map((o) => o.entity.name);
    if (verb === null) {
      if (subjects.length > 0) pending = subjects;
      continue;
    }
    for (const u of subjects.length > 0 ? subjects : pending) found.add(u);
    pending = [];
  }
  return [...found];
}

/**
 * Keeps the units that may be subjects: not after 在, 向, 代表… (unless joined to a subject
 * by 和/与), nor listed with 、 right after one that is not (`代表A、B致辞`: neither acts).
 */
function notAfterAPreposition(clause: string): (o: Occurrence, i: number, all: readonly Occurrence[]) => boolean {
  const out = new Set<Occurrence>();
  return (o, i, all) => {
    const previous = all[i - 1];
    const listed = previous !== undefined && /^、$/u.test(clause.slice(previous.end, o.start));
    const excluded = listed
      ? out.has(previous)
      : NOT_SUBJECT_BEFORE.test(clause.slice(Math.max(0, o.start - 2), o.start)) && !joinedToSubject(clause, o);
    if (excluded) out.add(o);
    return !excluded;
  };
}

/** `A与B联合开展`, `A和B共同举办`: a unit after 与/和 joins the subject when a unit stands before it. */
function joinedToSubject(clause: string, o: Occurrence): boolean {
  const before = clause.slice(0, o.start);
  return /[与和同及]$/u.test(before) && before.length > 1 && !/(在|向|给|对|为)/u.test(before);
}

/**
 * The entity lists searched together, built once per page: `locate` caches its
 * answers per list, so the same list object must come back for every sentence.
 */
interface Groups {
  actors: Entity[];
  allNames: Entity[];
  townsAndCampaigns: Entity[];
}
const groupCache = new WeakMap<Record<EntityType, Entity[]>, Groups>();

function groups(entities: Record<EntityType, Entity[]>): Groups {
  let g = groupCache.get(entities);
  if (g === undefined) {
    g = {
      actors: [...entities.unit, ...entities.town],
      allNames: [...entities.town, ...entities.unit, ...entities.campaign],
      townsAndCampaigns: [...entities.town, ...entities.campaign],
    };
    groupCache.set(entities, g);
  }
  return g;
}

/**
 * The lowest town the sentence names as a place: towns written inside a campaign's
 * name (第九届某省市民文化节) never count; towns inside a unit's name (某市财政局)
 * only when the sentence names no place of its own: first a village or community
 * (`某村党群服务中心广场`: the venue is in that village), then, for the lead only,
 * the headline's place, then the unit's town.
 */
/** `某某日报社`: a town written as part of a paper's name is no place of the event (a county media centre hosts events in its county, so it still is). */
const MEDIA_AFTER_TOWN = /^(?:日报|晚报|报社|新闻网|新闻传媒集团)/u;

function townsIn(text: string, names: Entity[]): Occurrence[] {
  return locate(text, names).filter((o) => o.entity.type === 'town' && !MEDIA_AFTER_TOWN.test(text.slice(o.end)));
}

/** The lists of places the story's sentences say its activity went to (see visits.ts). */
function storyVisits(sentences: readonly Piece[], entities: Record<EntityType, Entity[]>): Entity[][] {
  return sentences.flatMap((s) => visitedPlaces(s.text, townsIn(s.text, groups(entities).allNames)));
}

function placesIn(
  sentence: string,
  entities: Record<EntityType, Entity[]>,
  lead: string | null,
  visits: () => readonly Entity[][] = () => [],
): Entity[] {
  const written = townsIn(sentence, groups(entities).allNames);
  // `先后走进甲区A村、B村，乙县C村`: each place it went to, at the list's lowest level.
  const visited = visitedPlaces(sentence, written)[0];
  if (visited !== undefined) return visited;
  const own = lowestTowns(written, sentence);
  const inUnit = lowestTown(townsIn(sentence, groups(entities).townsAndCampaigns));
  const village = inUnit !== null && townRank(inUnit) <= VILLAGE_RANK ? inUnit : null;
  // `从木门镇天星村村委会会议室传来`: the village in the venue's name is lower than the town written.
  if (village !== null && own.every((t) => townRank(t) > VILLAGE_RANK)) return [village];
  if (own.length > 0) return own;
  if (lead === null) {
    const ours = ourPlace(sentence, entities);
    return ours === null ? [] : [ours];
  }
  const home = lowestTown(townsIn(lead, groups(entities).allNames)) ?? inUnit ?? ourPlace(sentence, entities);
  // A lead that names no place of its own happened where the story went (先后走进A村、B村),
  // when those places lie below the story's home, as HELD_IN reads them.
  const went = visits().find((list) => home === null || townRank(list[0]!) < townRank(home));
  if (went !== undefined) return went;
  return home === null ? [] : [home];
}

/** What ends the place after 在: the verb of the happening, or a mark. */
const AFTER_VENUE =
  /开展|举行|举办|召开|进行|启动|开启|开幕|开讲|启用|组织|发放|设置|张贴|悬挂|摆放|布置|搭建|慰问|拉开帷幕|揭牌|签约|宣讲|设立|演出|上演|亮相|集中|集结|齐聚|聚集|[，。、；：！？,;:!?]/u;
/** `在…期间`, `在党委领导下`, `在活动中`, `在这一年里`: a time, a frame or a pronoun after 在, not a place. */
const NOT_A_VENUE =
  /(?:中|下|上|时|前|后|期间|之际|之下|方面|基础|过程|背景|同时|范围)$|[的这那哪些了该其]|[0-9一二三四五六七八九十]月|^(?:社区|村|镇|小区|现场|当地|辖区|基层)$/u;
/** 在 as part of a word (在职, 在线, 在场, 旨在) or before what is no place (在一起, 在身边). */
const NOT_AT_PLACE = /^(?:职|岗|线|场|座|读|校|即|望|乎|意|此|一起|身边|家|外|内)/u;
/** Words between a venue and its verb: a locative (小区里) or how it went (隆重举行, 红红火火地开幕). */
const VENUE_TAIL = /(?:[\u4e00-\u9fff]{2,4}地|里|内|隆重|顺利|正式|成功|热烈|圆满|盛大|热闹)+$/u;
/** A bracketed note after a place: `某某社区(省级最美志愿服务社区)`. */
const BRACKETED_NOTE = /[（(][^）)]*[）)]/gu;
const MAX_VENUE = 30;

/**
 * The venue a sentence names after 在 (`在某某广场开展…`, `在某市某湖国家湿地公园管理中心
 * 举行`): the place text before the verb, without the towns it starts with; null when it
 * names only towns, or a time or frame (`在…期间`, `在…指导下`).
 */
export function venueIn(sentence: string, towns: readonly Entity[]): string | null {
  const at = AT_PLACE.exec(sentence);
  if (at === null || /旨$/u.test(sentence.slice(0, at.index))) return null;
  const from = at.index + 1;
  // `在A、B联合开展的…中`: the hosts of a setting, not a place.
  if (NOT_AT_PLACE.test(sentence.slice(from)) || HOSTED_SETTING.test(sentence.slice(at.index))) return null;
  const end = AFTER_VENUE.exec(sentence.slice(from));
  if (end === null || end.index === 0 || end.index > MAX_VENUE) return null;
  let place = sentence
    .slice(from, from + end.index)
    .replace(BRACKETED_NOTE, '')
    .replace(VENUE_TAIL, '')
    .trim();
  if (NOT_A_VENUE.test(place)) return null;
  // Towns written first (某市|某湖…) are the event's towns, not its venue.
  for (let o = locate(place, towns)[0]; o !== undefined && o.start === 0; o = locate(place, towns)[0]) {
    place = place.slice(o.end);
  }
  return place.length >= 2 ? place : null;
}

/** `我县`, `我市`, `我区`: the paper's own county, city or district, the one of that level the page names. */
const OUR_PLACE = /我(县|市|区|镇|乡)/u;
const LEVEL_OF_OUR: Record<string, readonly string[]> = {
  县: ['county'],
  市: ['city'],
  区: ['district'],
  镇: ['town'],
  乡: ['township'],
};

function ourPlace(sentence: string, entities: Record<EntityType, Entity[]>): Entity | null {
  const m = OUR_PLACE.exec(sentence);
  if (m === null) return null;
  const levels = LEVEL_OF_OUR[m[1]!] ?? [];
  const named = entities.town.filter((t) => t.town?.level != null && levels.includes(t.town.level));
  // Only when the page leaves no doubt which one it is.
  return named.length === 1 ? named[0]! : null;
}

function eventFrom(
  input: EventInput,
  sentence: Piece,
  offset: number,
  date: ResolvedDate | null,
  n: number,
  visits: () => readonly Entity[][] = () => [],
): ExtractedEvent {
  const { article, entities } = input;
  const actors = groups(entities).actors;
  return {
    id: `${article.index}:${n}`,
    article: article.index,
    date: date?.date ?? null,
    datePrecision: date?.precision ?? null,
    statedDate: date?.stated ?? null,
    endDate: date?.end?.date ?? null,
    statedEndDate: date?.end?.stated ?? null,
    summary: summarize(sentence.text, actors),
    towns: placesIn(sentence.text, entities, n === 0 ? (article.title ?? '') : null, visits).map((t) => t.name),
    venue: venueIn(sentence.text, entities.town),
    units: [
      ...new Set([
        ...organisers(sentence.text, entities.unit),
        ...hostUnits(sentence.text, entities.unit).map((u) => u.name),
      ]),
    ],
    campaigns: [...new Set(locate(sentence.text, entities.campaign).map((o) => o.entity.name))],
    quantities: extractQuantities(sentence.text),
    sentence: input.spanToOriginal(offset + sentence.start, offset + sentence.end),
  };
}

/**
 * The sentence without what someone is quoted saying (`…深有感触：“今天再次来到…”`): a
 * speaker's 今天 or 9月 dates the speech, not a happening. Short quotes stay: they are names
 * (“三下乡”, “3·15”).
 */
function withoutSpeech(text: string): string {
  return text.replace(/[“"][^“”"]{12,}[”"]/gu, '“”');
}

/** The events of one article; never empty when the article has any text. */
export function extractEvents(input: EventInput): ExtractedEvent[] {
  const { article, pageDate } = input;
  const sentences = splitSentences(article.body);
  if (sentences.length === 0) {
    // A photo without caption body: its title is the only statement there is.
    const title = article.title ?? article.subtitle;
    if (title === null) return [];
    const only = { text: title, start: 0, end: title.length };
    const ev = eventFrom(input, only, 0, resolveDate(title, pageDate, input.textYear ?? null), 0);
    return [{ ...ev, sentence: article.span }];
  }
  // Quoted speech (`“每年……乡里都会组织干部职工来帮助采摘。”`) reports no happening, nor
  // does a sentence summing up years of work when a later one reports one.
  const reports = (s: Piece): boolean =>
    !isSpeech(s.text) && (EVENT_VERB.test(s.text) || (DATED_OPENING.test(s.text) && !DAY_OF_NOTE.test(s.text)));
  const happening = sentences.findIndex((s) => reports(s) && !SUMMING_UP.test(s.text));
  const leadIndex = Math.max(0, happening >= 0 ? happening : sentences.findIndex(reports));
  // The article's first date applies to its lead even when printed a sentence earlier.
  const dates = sentences.map((s) => resolveDate(withoutSpeech(s.text), pageDate, input.textYear ?? null));
  const articleDate = dates.find((d) => d !== null) ?? null;
  const events: ExtractedEvent[] = [];
  // Read only for a lead that names no place of its own.
  let storyLists: Entity[][] | undefined;
  const visits = (): Entity[][] => (storyLists ??= storyVisits(sentences, input.entities));
  // `据了解，此次活动由A主办，B承办`: hosts named later in the story hosted its lead event.
  const laterHosts: string[] = [];
  sentences.forEach((s, i) => {
    if (i !== leadIndex && dates[i] === null)
      laterHosts.push(...hostUnits(s.text, input.entities.unit).map((u) => u.name));
  });
  sentences.forEach((s, i) => {
    if (events.length >= MAX_EVENTS_PER_ARTICLE) return;
    const date = dates[i] ?? null;
    if (i === leadIndex)
      events.push(eventFrom(input, s, article.bodyOffset, date ?? articleDate, events.length, visits));
    else if (
      i > leadIndex &&
      date !== null &&
      date.stated !== null &&
      DATED_OPENING.test(s.text) &&
      !DAY_OF_NOTE.test(s.text)
    ) {
      // `10月1日清晨，…七墩沟村…人头攒动`: a day of its own opens a further happening.
      events.push(eventFrom(input, s, article.bodyOffset, date, events.length));
    } else if (i > leadIndex && FURTHER_EVENT_VERB.test(s.text) && !SUMMING_UP.test(s.text)) {
      // A later sentence reports a further activity when it gives its own date, or names
      // a unit as the one doing it (某镇司法所…开展了普法宣传活动).
      if (date !== null || organisers(s.text, input.entities.unit).length > 0) {
        events.push(eventFrom(input, s, article.bodyOffset, date, events.length));
      }
    }
  });
  const lead = events[0];
  if (lead !== undefined) lead.units = [...new Set([...lead.units, ...laterHosts])];
  // A feature's opening line (`金秋十月，硕果盈枝…`) with neither date nor doer, before the
  // dated happenings it introduces, is no happening itself.
  const datedLater = events.slice(1).some((e) => e.statedDate !== null);
  if (lead !== undefined && datedLater && lead.date === null && lead.statedDate === null && lead.units.length === 0) {
    return events.slice(1);
  }
  return events;
}
