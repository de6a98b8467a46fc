/**
 * Should two printed lines be one paragraph?
 *
 * Columns wrap mid-word (`双\n辽市`), and layout even inserts a blank line inside
 * a sentence (`积\n\n极性`). A reader re-joins a line with the next when it runs
 * to the full column width and stops mid-sentence; headlines, bylines and
 * captions are short or end in a mark, so they stay on their own.
 */
import { SENTENCE_END, isHan } from './chars.js';
import { CREDIT_BULLETS, RANK, REPORTER_WORD, ROLE_HEAD } from '../lexicon/credits.js';
import { MEDIA_NAME, isFurnitureLine } from './furniture.js';
import { isReaderFurnitureLine } from './readerSite.js';

export interface LineInfo {
  text: string;
  /**
   * The line opens a paragraph right after a line that neither ended a sentence
   * nor gave a credit: it sits among headline lines (`“粽”享端午 情满社区` / `巩义市…活动`).
   */
  afterHeadline: boolean;
  /** Blank lines between this line and the previous non-blank one. */
  gapBefore: number;
  /** The line starts a paragraph (it was not joined to the line before). */
  opensParagraph?: boolean;
  /** Median width of the lines around it: the column width in this part of the page. */
  columnWidth: number;
}

/**
 * Who a lead's dateline names as its source: this paper (本报, 本网), an agency, or a
 * paper or site by name (`某某日报讯`, `某某新闻网-某某日报讯`), after a bullet some sites print.
 */
export const LEAD_SOURCE = new RegExp(`^[•·${CREDIT_BULLETS}\\s]*(?:本报|本网|新华社|中新社|${MEDIA_NAME.source})`);

/** A dateline: the source, maybe a place and date, then 讯, 电 or 消息 (`东北网双鸭山2月26日讯`). */
export const DATELINE = new RegExp(`${LEAD_SOURCE.source}[^，。,（(\\s记通]{0,14}?(?:[讯电](?!员)|消息)`);

/**
 * `据李某、王某报道，…`: an item of a news round-up opening with who reported it; the item
 * goes on the round-up's story (it is no lead of a story of its own).
 */
export const REPORTED_BY = /^据((?:[\u4e00-\u9fff]{2,4}[、和]){0,3}[\u4e00-\u9fff]{2,4})报道[，,]/u;

/** `(记者 王某 通讯员 李某)9月22日,…`: a story opening with its credit in brackets. */
const OPENING_CREDIT = new RegExp(`^[•·${CREDIT_BULLETS}\\s]*[（(]\\s*${ROLE_HEAD}`);

/**
 * `本报讯 记者 某某 见习记者 某某 “…”活动昨日…`: credits without brackets, each name set
 * apart by spaces, the story's text after the last one.
 */
const SPACED_CREDITS = `(?:\\s+${ROLE_HEAD}\\s*[\\u4e00-\\u9fff]{2,3}(?:\\s+[\\u4e00-\\u9fff]{2,3})?)+(?=\\s)`;

/**
 * A story's lead: 本报讯, 本报长春6月1日电, 新华社北京电, 某某日报讯, 某某网消息 … with an optional
 * (记者 X) bracket or a `于某 记者白某报道` credit; or, on a portal that dropped the 讯,
 * the (记者 X 通讯员 Y) bracket alone opening the story.
 */
export const LEAD_PREFIX = new RegExp(
  `${DATELINE.source}(?:\\s*[（(][^）)]{0,60}(?:[）)]|$)|\\s+[^，。,；;（()）\\n]{0,12}?(?:记者|通讯员)[^，。,；;（()）\\n]{1,30}?报道|${SPACED_CREDITS})?\\s*` +
    `|${OPENING_CREDIT.source}[^（()）。，,]{1,60}[）)]\\s*`,
);

/** `某某日报记者 王某`, `某某日报全媒体记者 袁某`: a credit opening with the paper's name. */
const MEDIA_CREDIT_START = new RegExp(`^(?:${MEDIA_NAME.source})(?:${RANK})?(?:记者|通讯员)`);

/** Lines that open a credit rather than continue a sentence. */
const CREDIT_START = new RegExp(
  `^(?:——|本报|新华社|${REPORTER_WORD}|通讯员|特约|实习生|见习记者|摄影|文\\/|图\\/|[${CREDIT_BULLETS}•·▪])`,
);

/** A credit at the end of a line closes it: `本报通讯员 谢晨龙 摄`, `通讯员 高峰 文/图`. */
const CREDIT_END = /(?:^|\s)摄$|摄影$|文\/图$|图\/文$/;

const CREDIT_LINE_START = new RegExp(
  `^(?:本报通讯员|本报记者|本报特约|${REPORTER_WORD}|通讯员|特约|实习生|见习记者|摄影)`,
);

/** A standalone credit: `本报通讯员 陈嘉文 王晓东`, `记者 王伟 通讯员 林芳`. */
export function isCreditLine(text: string): boolean {
  return CREDIT_LINE_START.test(text) || CREDIT_END.test(text);
}

/** Does a paragraph opening after `prev` (not joined to it) sit among headline lines? */
export function opensAfterHeadline(prev: LineInfo): boolean {
  return !endsSentence(prev.text) && !isCreditLine(prev.text);
}

export function endsSentence(text: string): boolean {
  const last = text[text.length - 1];
  if (last === undefined) return true;
  if (SENTENCE_END.has(last) || last === '：' || last === ':') return true;
  if ('”’"」』）)'.includes(last)) {
    const before = text[text.length - 2];
    if (before !== undefined && SENTENCE_END.has(before)) return true;
    // `…鸣锣开赛。（某某）`: the story's closing credit ends it.
    return /[。！？]\s*[（(][^（()）。]{1,20}[）)]$/u.test(text);
  }
  return CREDIT_END.test(text);
}

/**
 * A space left between two Chinese words (outside quotes and a lead's bracket)
 * marks a headline couplet or a list of names, never running text.
 */
export function hasWordSpace(text: string): boolean {
  if (!text.includes(' ')) return false; // most lines: nothing to strip, nothing to find
  const rest = text.replace(LEAD_PREFIX, '').replace(/[“"「『《][^”"」』》]*[”"」』》]/g, '');
  for (let i = 1; i + 1 < rest.length; i++) {
    if (rest[i] === ' ' && isHan(rest[i - 1]!) && isHan(rest[i + 1]!)) return true;
  }
  return false;
}

/** How a story's first sentence opens: a date or a time phrase, then a comma. */
export const TIME_OPENING =
  /^(?:\d{1,2}月\d{1,2}[日号]|\d{4}年\d{1,2}月|近日|日前|近期|近年来|今年以来|连日来|当天|\d{1,2}日)(?:[上下]午|晚|清晨|早上)?[，,]/u;

/**
 * A one-line paragraph without a comma, then a blank line, then a story's date
 * opening: a headline printed right above its story text, not a sentence going on
 * (`王舍人街道开展“安全生产月”宣传` / `5月6日，历城区…`).
 */
function isHeadlineBeforeStory(a: string, b: string): boolean {
  return a.length <= 30 && !/[，。,；;：:]/.test(a) && TIME_OPENING.test(b);
}

export function shouldJoin(a: LineInfo, b: LineInfo): boolean {
  if (b.gapBefore > 1) return false; // two or more blank lines: a picture or a new block sits there
  if (endsSentence(a.text)) return false;
  // A credit, a story opening with its credit in brackets, or a numbered caption (②…)
  // begins a paragraph of its own.
  if (CREDIT_START.test(b.text) || MEDIA_CREDIT_START.test(b.text) || OPENING_CREDIT.test(b.text)) return false;
  // A dateline (某某日报讯, 某某网消息) opens a story: the line above is its headline or another story.
  if (LEAD_PREFIX.test(b.text)) return false;
  if (/^[①②③④⑤⑥⑦⑧⑨⑩]/u.test(b.text)) return false;
  if (isCreditLine(a.text)) return false;
  if (hasWordSpace(a.text)) return false;
  if (isFurnitureLine(a.text) || isFurnitureLine(b.text)) return false;
  // A reading site's lines (date, 字号:, 当前报纸名称:…) are short but never one paragraph.
  if (isReaderFurnitureLine(a.text) || isReaderFurnitureLine(b.text)) return false;
  if (a.opensParagraph === true && b.gapBefore === 1 && isHeadlineBeforeStory(a.text, b.text)) return false;
  const ratio = codePoints(a.text) / Math.max(1, a.columnWidth);
  // Among headline lines, an unpunctuated line goes on only if it is exactly as
  // wide as the column around it; a wider one is a subtitle spanning columns.
  if (a.afterHeadline && !LEAD_PREFIX.test(a.text) && !/[，、；,;“”"]/.test(a.text)) {
    return ratio >= 0.75 && ratio <= 1.2;
  }
  return a.text.length >= 40 || ratio >= 0.68;
}

/** Characters as a reader counts them (a surrogate pair is one), without splitting the text into an array. */
function codePoints(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}
