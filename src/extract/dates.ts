/**
 * Dates in news text, resolved against the page's printed date.
 *
 * News items rarely print a year: `6月15日` means that day in the page's year (or, when
 * the page prints no date, the year the text itself gives); with no year anywhere it
 * stays a month and day (`--06-15`, precision 'month-day'), never a guessed year.
 * `近日`/`日前` ("recently") means "shortly before the page date" — kept as the page
 * date with precision 'approximate' so a reader can still order events, but it is no
 * stated date (`stated` is null).
 */
import type { DatePrecision } from './types.js';

export interface ResolvedDate {
  /** ISO date to order by (the first of the month for a month); null when the year is unknown. */
  date: string | null;
  precision: DatePrecision;
  /**
   * The date as the text states it: `2023-06-20`, `2023-06`, or `--06-20` (ISO month-day)
   * when no year is known; null for vague words (近日) that state no date.
   */
  stated: string | null;
  /** The words the date came from. */
  text: string;
  /** `8月12日至14日`, `5日至6日`: the last day of a span of days, stated the same way. */
  end?: { date: string | null; stated: string };
}

const CN_DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** Arabic or Chinese numerals up to 99 (十五, 二十一, 三十): enough for months and days. */
export function parseSmallNumber(s: string): number | null {
  if (/^\d+$/u.test(s)) return Number(s);
  const m = /^([一二两三四五六七八九])?(十)?([一二三四五六七八九])?$/u.exec(s);
  if (m === null || s.length === 0) return null;
  const [, tens, ten, units] = m;
  if (ten === undefined) return tens !== undefined && units === undefined ? (CN_DIGITS[tens] ?? null) : null;
  return (tens === undefined ? 1 : (CN_DIGITS[tens] ?? 0)) * 10 + (units === undefined ? 0 : (CN_DIGITS[units] ?? 0));
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** `2023-06-20` for a day the calendar has; null for an OCR slip such as 2月30日 or 13月 (Neo4j's date() would refuse it). */
export function calendarDay(y: number, m: number, d: number): string | null {
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

function shiftDays(isoDate: string, days: number): string {
  const t = new Date(`${isoDate}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + days);
  return t.toISOString().slice(0, 10);
}

/** The page's printed date, as numbers. */
interface PageDay {
  y: number;
  m: number;
  d: number;
}

/**
 * A month-day without a year belongs to the page's year, unless that would put it
 * well after the page was printed (a January page reporting `12月28日`): then the
 * year before. Papers report the past, so "more than a month ahead" means last year.
 */
function yearFor(month: number, day: number, page: PageDay): number {
  const ahead = (month - page.m) * 31 + (day - page.d);
  return ahead > 31 ? page.y - 1 : page.y;
}

const NUM = '(\\d{1,2}|[一二两三四五六七八九十]{1,3})';
const FULL_DAY = new RegExp(`(\\d{4})年${NUM}月${NUM}[日号]`, 'u');
const MONTH_DAY = new RegExp(`(?<![\\d年])${NUM}月${NUM}[日号]`, 'u');
const YEAR_MONTH = new RegExp(`(\\d{4})年${NUM}月`, 'u');
const MONTH_ONLY = new RegExp(`(?<![\\d年第])${NUM}月(?:份|初|中旬|上旬|下旬|底)?(?![\\d一二三四五六七八九十])`, 'u');
const RECENTLY = /近日|日前|近期|连日来|前不久|近段时间|近来|日前/u;
/** A day without its month, opening a sentence: `16日，`, `7日上午，`. */
const DAY_ONLY = /^(\d{1,2})日(?=(?:[至到—–~～-]\d{1,2}日)?(?:[上下]午|晚|清晨)?[，,])/u;
/** 昨天, 前天, 今天 as days; `今日的枣庄`, `今天的幸福生活` (nowadays) are none. */
const RELATIVE_DAY: [RegExp, number][] = [
  [/(?:昨天|昨日)(?!的)/u, -1],
  [/(?:前天|前日)(?!的)/u, -2],
  [/(?:今天|今日)(?!的)/u, 0],
];

/** Words around a year that make it a plan's year (2022年工作谋划, 谋划2022年工作), not the present one. */
const PLAN_AFTER = /^年?(的|度)?[^，。；！？]{0,8}(谋划|规划|计划|目标|展望|打算|思路)/u;
const PLAN_BEFORE = /(谋划|规划|计划|展望|到|至|迎接)\s*$/u;
/** A span of years (1929—2021, 2021-2025): a history or a plan, not the present. */
const YEAR_RANGE_NEAR = /^[—–\-~至到]\s*(19|20)\d{2}|(19|20)\d{2}\s*[—–\-~至到]\s*$/u;

/**
 * The year a page's text gives when its header prints no date. First the latest full
 * date written in it (年月日, or 年月); else the latest year written on its own
 * (`2021年`, `(2022)`), leaving out the years of plans (`谋划2022年工作`) and spans
 * (`1929—2021`). Null when the text writes no year: then dates stay month and day.
 */
export function yearFromText(text: string): TextYear | null {
  let dated: TextYear | null = null;
  for (const m of text.matchAll(new RegExp(`((?:19|20)\\d{2})\\s*年\\s*${NUM}\\s*月`, 'gu'))) {
    const year = Number(m[1]);
    const month = parseSmallNumber(m[2] ?? '') ?? 1;
    if (dated === null || year > dated.year || (year === dated.year && month > (dated.month ?? 0))) {
      dated = { year, month };
    }
  }
  if (dated !== null) return dated;
  let bare: number | null = null;
  // `回顾2021年工作`, `(2019)`, and an edition's year opening a line (`2020某省·某市…文化月`).
  for (const m of text.matchAll(
    /(?<!\d)((?:19|20)\d{2})(?=\s*年|[)）])|(?<=^|\n)((?:19|20)\d{2})(?=[\u4e00-\u9fff])/gu,
  )) {
    const at = m.index;
    const after = text.slice(at + 4, at + 20);
    const before = text.slice(Math.max(0, at - 6), at);
    if (PLAN_AFTER.test(after.replace(/\s+/gu, '')) || PLAN_BEFORE.test(before)) continue;
    if (YEAR_RANGE_NEAR.test(after) || YEAR_RANGE_NEAR.test(before)) continue;
    bare = Math.max(bare ?? 0, Number(m[1] ?? m[2]));
  }
  return bare === null ? null : { year: bare, month: null };
}

/**
 * The year a page's text gives, with the month of the full date it came from: a day of
 * an earlier month (`1月6日` after `2015年11月28日`) may well be the next January, so
 * it stays without a year.
 */
export interface TextYear {
  year: number;
  month: number | null;
}

/**
 * The first date expression in `text`, or null when there is none or it cannot be placed.
 * `textYear` is the year the page's text gives (`yearFromText`), used only when the page
 * prints no date of its own.
 */
export function resolveDate(
  text: string,
  pageDate: string | null,
  textYear: TextYear | null = null,
): ResolvedDate | null {
  const start = startDate(text, pageDate, textYear);
  return start === null ? null : withSpanEnd(start, text);
}

/** `至14日`, `—6月2日`, `到12日`: the end of a span of days, right after its first day. */
const SPAN_END = new RegExp(`^\\s*[至到—–~～-]\\s*(?:${NUM}月)?${NUM}[日号]`, 'u');

/** The start's span end, when the text writes one: in the same year, later the same month or in a later month. */
function withSpanEnd(start: ResolvedDate, text: string): ResolvedDate {
  if (start.precision !== 'day' && start.precision !== 'month-day') return start;
  const at = text.indexOf(start.text);
  const m = at < 0 ? null : SPAN_END.exec(text.slice(at + start.text.length));
  const first = start.stated === null ? null : /(\d{2})-(\d{2})$/u.exec(start.stated);
  if (m === null || first === null) return start;
  const month = m[1] === undefined ? Number(first[1]) : (parseSmallNumber(m[1]) ?? 0);
  const day = parseSmallNumber(m[2] ?? '') ?? 0;
  if (month < Number(first[1]) || (month === Number(first[1]) && day <= Number(first[2]))) return start;
  if (start.precision === 'month-day') {
    if (calendarDay(2000, month, day) === null) return start;
    return { ...start, end: { date: null, stated: `--${pad(month)}-${pad(day)}` } };
  }
  const date = calendarDay(Number(start.date!.slice(0, 4)), month, day);
  return date === null ? start : { ...start, end: { date, stated: date } };
}

function startDate(text: string, pageDate: string | null, textYear: TextYear | null): ResolvedDate | null {
  const page = pageDate === null ? null : /^(\d{4})-(\d{2})-(\d{2})$/u.exec(pageDate);
  const p = page === null ? null : { y: Number(page[1]), m: Number(page[2]), d: Number(page[3]) };
  // Every calendar date is written with 月, and most sentences have none: skip those patterns then.
  const calendar = text.includes('月') ? calendarDate(text, p, textYear) : undefined;
  if (calendar !== undefined) return calendar;
  if (pageDate === null || p === null) return null;
  const day = DAY_ONLY.exec(text);
  if (day) {
    // `16日，航拍的…`: a day of the page's month (or of the month before, if it is still to come).
    const d = Number(day[1]);
    const [y, m] = d > p.d ? (p.m === 1 ? [p.y - 1, 12] : [p.y, p.m - 1]) : [p.y, p.m];
    const date = calendarDay(y, m, d);
    if (date) return { date, precision: 'day', stated: date, text: day[0] };
  }
  for (const [re, days] of RELATIVE_DAY) {
    const r = re.exec(text);
    if (r) {
      const date = shiftDays(pageDate, days);
      return { date, precision: 'day', stated: date, text: r[0] };
    }
  }
  const r = RECENTLY.exec(text);
  return r ? { date: pageDate, precision: 'approximate', stated: null, text: r[0] } : null;
}

/** A month and day with no year anywhere: kept as ISO month-day, if it is a day of some year. */
function monthDay(month: number, day: number, text: string): ResolvedDate | null {
  // 2000 is a leap year, so 2月29日 stays a day.
  if (calendarDay(2000, month, day) === null) return null;
  return { date: null, precision: 'month-day', stated: `--${pad(month)}-${pad(day)}`, text };
}

/** A date written with its month (年月日, 月日, 年月, 月); undefined when the text writes none that can be placed. */
function calendarDate(text: string, p: PageDay | null, textYear: TextYear | null): ResolvedDate | null | undefined {
  let m = FULL_DAY.exec(text);
  if (m) {
    const date = calendarDay(Number(m[1]), parseSmallNumber(m[2] ?? '') ?? 0, parseSmallNumber(m[3] ?? '') ?? 0);
    if (date) return { date, precision: 'day', stated: date, text: m[0] };
  }
  m = MONTH_DAY.exec(text);
  if (m) {
    // A month and day that cannot be placed ends the search: no vaguer date is read past it.
    const month = parseSmallNumber(m[1] ?? '') ?? 0;
    const day = parseSmallNumber(m[2] ?? '') ?? 0;
    const textual = textYear !== null && month >= (textYear.month ?? 0) ? textYear.year : null;
    const year = p !== null ? yearFor(month, day, p) : textual;
    if (year === null) return monthDay(month, day, m[0]);
    const date = calendarDay(year, month, day);
    return date === null ? null : { date, precision: 'day', stated: date, text: m[0] };
  }
  m = YEAR_MONTH.exec(text);
  if (m) {
    const date = calendarDay(Number(m[1]), parseSmallNumber(m[2] ?? '') ?? 0, 1);
    if (date) return { date, precision: 'month', stated: date.slice(0, 7), text: m[0] };
  }
  m = MONTH_ONLY.exec(text);
  if (m) {
    const month = parseSmallNumber(m[1] ?? '') ?? 0;
    const year = p !== null ? yearFor(month, 1, p) : (textYear?.year ?? null);
    const date = year === null ? null : calendarDay(year, month, 1);
    if (date) return { date, precision: 'month', stated: date.slice(0, 7), text: m[0] };
  }
  return undefined;
}
