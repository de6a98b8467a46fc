/**
 * What each paragraph of a page is, judged from its own text and its neighbours:
 * story text, the lead of a news item, a headline line, a credit, a photo caption.
 */
import type { Paragraph } from './paragraphs.js';
import { LEAD_PREFIX, TIME_OPENING } from './lineJoin.js';
import { isDashLine } from './headline.js';
import { isBylineText } from '../byline.js';
import { surnameLength } from './surnames.js';

/**
 * A name alone on the line after a story's last sentence (`…落到实处。` / `张倩倩`): the
 * writer's credit, as county papers print it. Two to four characters with a known surname,
 * or up to three such names.
 */
function isClosingName(paras: readonly Paragraph[], i: number): boolean {
  const t = paras[i]!.text.trim();
  const previous = paras[i - 1]?.text.trim() ?? '';
  const next = paras[i + 1]?.text ?? '';
  // `陈某某 蓝某某`: up to three writers, set apart by spaces.
  const names = t.split(/\s+/u);
  if (names.length > 3 || !names.every(isPersonalName)) return false;
  return /[。！？”]$/u.test(previous) && previous.length >= 20 && !(next.length >= 40 && /[。！？]/u.test(next));
}

/** Two to four characters starting with a known surname, at most two after it. */
function isPersonalName(t: string): boolean {
  return /^[\u4e00-\u9fff]{2,4}$/u.test(t) && surnameLength(t) > 0 && t.length - surnameLength(t) <= 2;
}

export type ParagraphRole = 'lead' | 'body' | 'heading' | 'credit' | 'caption';

/** A caption that ends with its own credit: `…宣传反电诈知识。何军 摄`, `说明文字 姓名 摄`. */
const INLINE_PHOTO_CREDIT =
  /(?<=[。！？.!?]|[\u4e00-\u9fff”"]\s)\s*([（(]?\s*(?:本报)?(?:记者|通讯员)?\s*[\u4e00-\u9fff]{2,4}(?:\s+[\u4e00-\u9fff]{2,4}){0,2}\s*摄\s*[）)]?)$/;

/**
 * The credit a caption ends with (group 1), or null. Only text ending in 摄 is read with
 * the full pattern, which is slow on OCR text spaced character by character.
 */
export function inlinePhotoCredit(text: string): RegExpExecArray | null {
  return /摄\s*[）)]?$/u.test(text) ? INLINE_PHOTO_CREDIT.exec(text) : null;
}

const SENTENCE_MARK = /[。！？；!?;]/;
/** Longest headline line; one holding a title and a subtitle, set apart by a space, may be longer. */
const HEADLINE_LENGTH = 36;
const HEADLINE_IN_TWO_PARTS = 48;

export function isHeadingText(text: string): boolean {
  const t = text.trim();
  // Story text opening with its time (`10月11日，某旗…`) is never a headline, even cut short.
  if (TIME_OPENING.test(t)) return false;
  if (isDashLine(t)) return t.length <= 60;
  // `活动中，…` / `同时，…` / `随后，…`: a sentence's opening (a page cut off mid-sentence ends so).
  if (/^[\u4e00-\u9fff]{1,3}[，,]/u.test(t)) return false;
  // A headline has at most one comma and never trails off (……): that is an intro sentence.
  const commas = t.match(/[，,]/g)?.length ?? 0;
  // A web headline may run its two parts together on one line, a space between them.
  const longest = /[\u4e00-\u9fff”"]\s+[\u4e00-\u9fff“"]/u.test(t) ? HEADLINE_IN_TWO_PARTS : HEADLINE_LENGTH;
  return (
    t.length <= longest &&
    commas <= 1 &&
    !/…$/.test(t) &&
    !SENTENCE_MARK.test(t) &&
    !LEAD_PREFIX.test(t) &&
    !isBylineText(t)
  );
}

/** A credit naming who took the picture: `何军 摄`, `李四/图`, `文/图 本报记者 沈洁`. */
const PHOTO_CREDIT = /(?:摄|摄影|\/\s*图|文\/图|图\/文)$|^(?:文\/图|图\/文|(?:摄影|图)\s*[/:：])/;

/** A credit line (see isBylineText) that names who took the picture. */
function isPhotoCredit(text: string, isCredit: boolean): boolean {
  return isCredit && PHOTO_CREDIT.test(text.trim());
}

/**
 * Roles of all paragraphs. A caption is a short text followed by a photo credit,
 * or carrying one inline, or standing alone after the gap a picture leaves (two
 * or more blank lines, and more than the page leaves between its paragraphs: a web
 * page saved as text may set every paragraph two lines apart) — a story paragraph
 * never does that.
 */
export function paragraphRoles(paras: readonly Paragraph[]): ParagraphRole[] {
  // Each paragraph is read as a credit once: its own role and its predecessor's both ask.
  const credit = paras.map((p) => isBylineText(p.text));
  const pictureGap = Math.max(2, typicalGap(paras) + 1);
  return paras.map((p, i) => {
    const t = p.text;
    if (LEAD_PREFIX.test(t)) return 'lead';
    if (credit[i] || isClosingName(paras, i)) return 'credit';
    const shortText = t.length <= 240;
    const next = paras[i + 1];
    // A caption is text; a headline above a `文/图` credit and a story is that story's headline.
    const headsStory = isHeadingText(t) && (paras[i + 2]?.text.length ?? 0) >= 20;
    if (shortText && next !== undefined && isPhotoCredit(next.text, credit[i + 1]!) && !headsStory) return 'caption';
    if (shortText && inlinePhotoCredit(t) !== null) return 'caption';
    // `①学生清扫街道…` above `②… 本报记者 某某 摄`: photos of one series share the credit.
    if (
      shortText &&
      NUMBERED.test(t) &&
      next !== undefined &&
      NUMBERED.test(next.text) &&
      photoCredited(paras, i + 1, credit)
    )
      return 'caption';
    // Under a headline or a byline the gap is the layout's (or removed furniture's), not a picture's.
    const underHead = i > 0 && (credit[i - 1] === true || isHeadingText(paras[i - 1]!.text));
    if (i > 0 && p.gapBefore >= pictureGap && shortText && /[。！？.!?]$/.test(t) && !underHead) return 'caption';
    // `茂林镇干部群众正在清理沟渠。` between a headline and its lead: the caption of the
    // story's picture, or of each of its pictures (up to three, one line each).
    if (pictureLine(t) && betweenHeadlineAndLead(paras, i)) return 'caption';
    if (isHeadingText(t) && !cutOffEnd(paras, i, pictureGap)) return 'heading';
    return 'body';
  });
}

/**
 * `…参加活动。` / `市领导某某、某某`: the page's last line, unpunctuated, set as close under
 * story text as its paragraphs are, with a list mark in it — the story cut off mid-sentence
 * (an excerpt ends so), not a headline printed after it.
 */
function cutOffEnd(paras: readonly Paragraph[], i: number, pictureGap: number): boolean {
  const p = paras[i]!;
  const previous = paras[i - 1];
  return (
    i === paras.length - 1 &&
    previous !== undefined &&
    previous.text.length >= 40 &&
    p.gapBefore < pictureGap &&
    /[、，,]/u.test(p.text) &&
    !/[。！？]$/u.test(p.text)
  );
}

/** One short sentence on a line of its own: what a photo's caption looks like. */
function pictureLine(text: string): boolean {
  return text.length <= 60 && /^[^。！？]+[。！？]$/u.test(text);
}

/** Most captions a headline and its lead hold between them. */
const CAPTIONS_UNDER_HEADLINE = 3;

/** Whether only caption-like lines stand between paragraph `i` and a headline above and a lead below. */
function betweenHeadlineAndLead(paras: readonly Paragraph[], i: number): boolean {
  let above = i - 1;
  while (above >= 0 && i - above <= CAPTIONS_UNDER_HEADLINE && pictureLine(paras[above]!.text)) above--;
  let below = i + 1;
  while (below < paras.length && below - i <= CAPTIONS_UNDER_HEADLINE && pictureLine(paras[below]!.text)) below++;
  if (below - above - 1 > CAPTIONS_UNDER_HEADLINE) return false;
  const head = paras[above];
  const lead = paras[below];
  return head !== undefined && isHeadingText(head.text) && lead !== undefined && LEAD_PREFIX.test(lead.text);
}

/** A caption's number in a series of photos. */
const NUMBERED = /^[①②③④⑤⑥⑦⑧⑨⑩]/u;

/** Whether the numbered caption at `i`, or one later in its series, carries a photo credit. */
function photoCredited(paras: readonly Paragraph[], i: number, credit: readonly boolean[]): boolean {
  for (let j = i; j < paras.length && NUMBERED.test(paras[j]!.text); j++) {
    const t = paras[j]!.text;
    if (
      inlinePhotoCredit(t) !== null ||
      (paras[j + 1] !== undefined && isPhotoCredit(paras[j + 1]!.text, credit[j + 1]!))
    ) {
      return true;
    }
  }
  return false;
}

/** The number of blank lines a page most often leaves between two paragraphs. */
function typicalGap(paras: readonly Paragraph[]): number {
  const counts = new Map<number, number>();
  for (const p of paras.slice(1)) counts.set(p.gapBefore, (counts.get(p.gapBefore) ?? 0) + 1);
  let best = 0;
  let most = 0;
  for (const [gap, n] of counts) if (n > most || (n === most && gap < best)) [best, most] = [gap, n];
  return best;
}
