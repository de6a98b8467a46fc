/**
 * Named initiatives, programmes, brands, models and slogans. They are almost
 * always quoted (“学雷锋”, 「反电诈」); a quote counts when its context says it
 * names something done (see campaignCues.ts), the quote reads as a name and not
 * a sentence, and it is not an organisation (“老兵宣讲团” is a unit). The name is
 * the quoted text, so generic tails outside the quotes (…”实践活动) stay out.
 * Forms differing only in separators (，/,/space) are one campaign, and so are a
 * quote and a part of the words that follow another quote (“金牌网格员”业务大比武 /
 * “大比武”).
 */
import type { Article, Entity, NormalizedText, Span } from '../types.js';
import { describedAfter, introducedBefore, namesItself, promoted } from './campaignCues.js';
import { groupEntities, type Found } from './entityGroups.js';
import { findQuotes, type Quoted } from './quotes.js';

/** Longer quotes are speech or descriptions, not names. */
const MAX_NAME = 30;
/** Quotes of organisations, which the unit stage takes. */
const UNIT_ENDING = /(宣讲团|艺术团|服务队|协会|联合会|公司|集团|局|党委|党支部|委员会)$/;
/** Heads of a team or body right after a quote: the quote is that body's name. */
const TEAM_AFTER =
  /^[\u4e00-\u9fff]{0,6}?(志愿服务队|志愿者服务队|服务队|宣讲团|艺术团|志愿队|突击队|先锋队|工作室|合作社|协会)/;
/**
 * Between quotes of one list: nothing, a list comma, or a dash (“A”“B”“C”等…), or a
 * comma and the place of the next (`龙匣村“肉价随礼”，攸县“门前三小”`).
 */
const CHAIN_GAP = /^(|[、，,]|——|—|[、，,][\u4e00-\u9fff]{1,8}?(?:省|市|县|区|镇|乡|村|街道|社区))$/;
/** `关爱“某某”等弱势群体`: a quote followed by a kind of people names those people. */
const PEOPLE_AFTER = /^等?[\u4e00-\u9fff]{0,4}?(?:群体|人员|人群|家庭|对象)/u;
const PUNCT = /[，。；：！？、,;:!?（）()“”「」『』《》\n]/g;

/** The text from `start` to the next mark (what `text.slice(start).split(PUNCT)[0]` says, without copying the rest). */
function clauseFrom(text: string, start: number): string {
  PUNCT.lastIndex = start;
  const m = PUNCT.exec(text);
  return text.slice(start, m ? m.index : text.length);
}

/** A possible name, with the text it was read in (a body or a headline). */
type Candidate = Found & { key: string; named: boolean; within: string };

export function extractCampaigns(articles: Article[], n: NormalizedText): { campaigns: Entity[]; warnings: string[] } {
  const warnings: string[] = [];
  const quoted: Candidate[] = [];
  for (const article of articles) {
    try {
      quoted.push(...quotedNames(article, article.body, null));
    } catch (err) {
      warnings.push(`campaigns: article ${article.index} skipped: ${(err as Error).message}`);
    }
  }
  for (const article of articles) quoted.push(...ordinalEvents(article));
  // Headlines name initiatives in the same grammar (巩义市财政局开展“我为群众办实事”实践活动);
  // read after the bodies so that a body's spelling stays the canonical one.
  for (const article of articles) {
    for (const head of [article.title, article.subtitle]) {
      if (head) quoted.push(...quotedNames(article, head, article.span));
    }
  }
  const named = new Set(quoted.filter((q) => q.named).map((q) => q.key));
  const kept = quoted.filter((q) => named.has(q.key));
  const canonical = canonicalNames(kept, tails(kept));
  const found = kept.map((q) => ({ ...q, name: canonical.get(q.key)! }));
  return { campaigns: groupEntities('campaign', found, articles, n), warnings };
}

/**
 * Numbered recurring events are named without quotes: 第九届吉林省市民文化节.
 * The ordinal, a short name and a festival-like head make the whole name.
 */
const ORDINAL_EVENT =
  /(?:\d{4}年)?第[0-9一二三四五六七八九十]+届([\u4e00-\u9fff]{2,12}?(?:文化节|艺术节|读书节|旅游节|运动会|博览会|交易会|宣传周|艺术周|文化周|大赛|论坛))/g;

function ordinalEvents(article: Article): Candidate[] {
  const out: Candidate[] = [];
  for (const m of article.body.matchAll(ORDINAL_EVENT)) {
    const text = m[0];
    if (/[“”「」]/.test(text)) continue;
    out.push({
      name: text,
      text,
      article: article.index,
      start: m.index,
      end: m.index + text.length,
      key: campaignKey(text),
      named: true,
      within: article.body,
    });
  }
  return out;
}

/**
 * The words right after each quote (“金牌网格员”业务大比武…), so that a quote that
 * only repeats part of a longer name (“大比武”) joins the name it belongs to.
 */
function tails(found: readonly Candidate[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const f of found) {
    const after = campaignKey(clauseFrom(f.within, f.end + 1)).slice(0, 12);
    if (!out.has(f.key)) out.set(f.key, []);
    if (after) out.get(f.key)!.push(after);
  }
  return out;
}

/** The same name whatever separators the page used between its parts. */
export function campaignKey(text: string): string {
  return text.replace(/[\s，,、·•・．.'‘’"]/g, '');
}

/**
 * Every quote of `body` (an article's body, or one of its headlines, then standing
 * at `headline`) that could be a name, marked `named` when its context says so.
 */
function quotedNames(article: Article, body: string, headline: Span | null): Candidate[] {
  // A name is short, so a line break inside one is the layout's, not the end of the quote.
  const quotes = findQuotes(body, 1).filter((q) => q.kind === 'quote');
  const out: Candidate[] = [];
  for (const chain of chains(body, quotes)) {
    const first = chain[0]!;
    const last = chain[chain.length - 1]!;
    // The verb may stand before the initiative's place: 报道了茶陵县高陇镇龙匣村“肉价随礼”.
    const before = body
      .slice(Math.max(0, first.open - 24), first.open)
      .replace(/(?:[\u4e00-\u9fff]{2,3}(?:县|区|镇|乡|村|街道|社区))+$/u, '')
      .slice(-8);
    const after = clauseFrom(body, last.close);
    // “跑腿腿”志愿服务队: the quote names a team, which the unit stage reads.
    if (TEAM_AFTER.test(after)) continue;
    const cued = introducedBefore(before) || describedAfter(after) || promoted(before, after);
    for (const q of chain) {
      const text = q.inner.replace(/\s+/g, '');
      if (!readsAsName(text)) continue;
      const start = q.open + 1;
      out.push({
        name: text,
        text,
        article: article.index,
        start,
        end: q.close - 1,
        key: campaignKey(text),
        named: cued || (namesItself(text) && !PEOPLE_AFTER.test(after)),
        within: body,
        ...(headline ? { span: headline } : {}),
      });
    }
  }
  return out;
}

/** Quotes standing next to each other form one list sharing its context. */
function chains(body: string, quotes: readonly Quoted[]): Quoted[][] {
  const out: Quoted[][] = [];
  for (const q of quotes) {
    const current = out[out.length - 1];
    const prev = current?.[current.length - 1];
    if (current && prev && CHAIN_GAP.test(body.slice(prev.close, q.open))) current.push(q);
    else out.push([q]);
  }
  return out;
}

function readsAsName(text: string): boolean {
  if (text.length < 2 || text.length > MAX_NAME) return false;
  if (/[。！？!?…；;：:]/.test(text)) return false; // a sentence, i.e. speech
  return !UNIT_ENDING.test(text);
}

/**
 * One written form per campaign: the first seen. A longer quote that starts with
 * another campaign's name (“暖心物业示范小区” after “暖心物业”) joins it, and so
 * does a quote found inside the words following another's quote (a quote right
 * at their start is a separate name standing next to it).
 */
function canonicalNames(
  found: readonly { key: string; text: string }[],
  after: ReadonlyMap<string, string[]>,
): Map<string, string> {
  const first = new Map<string, string>();
  for (const f of found) if (!first.has(f.key)) first.set(f.key, f.text);
  const keys = [...first.keys()];
  const out = new Map<string, string>();
  for (const [key, text] of first) {
    const base =
      keys.find((k) => k !== key && k.length >= 2 && key.startsWith(k) && key.length > k.length) ??
      keys.find((k) => k !== key && key.length >= 2 && (after.get(k) ?? []).some((t) => t.indexOf(key) > 0));
    out.set(key, base ? first.get(base)! : text);
  }
  return out;
}
