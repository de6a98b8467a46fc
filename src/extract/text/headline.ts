/**
 * A headline group (the lines above — or on some pages below — a story) → title
 * and subtitle, the way a reader tells them apart.
 */
import type { Paragraph } from './paragraphs.js';
import { hasWordSpace } from './lineJoin.js';
import { REPORTER_COLUMN } from '../lexicon/credits.js';

export interface Headline {
  title: string | null;
  subtitle: string | null;
  /** How many distinct parts (title, subtitle, kicker) the group has. */
  parts: number;
}

const DASH = /^\s*(?:——|--|－－|—)\s*/;

export function isDashLine(text: string): boolean {
  return /^\s*(?:——|--|－－)/.test(text);
}

/**
 * Lines printed together (no blank line between) are one title, joined by a
 * space (`同台竞技强素质` + `以赛促学提能力`; kicker + title `管城区民政局` +
 * `手拉手 结对共建促发展`). A block after a blank line, or a —— line, is the
 * subtitle. A block ending in ：is a kicker naming who the story is about
 * (`国网洛阳供电公司：`): it becomes the subtitle and the next block the title.
 */
/** A place's name alone (`金刚台乡`, `南曹街道`): the kicker some papers set above a headline. */
const KICKER_PLACE = /^[\u4e00-\u9fff]{1,6}(?:省|市|县|区|镇|乡|街道|社区|村)$/u;

/** A line that is a place's name alone (`毕节市`): a label over a story, not its headline. */
export function isPlaceLabel(text: string): boolean {
  return KICKER_PLACE.test(text.trim());
}

/** A bullet a reading site sets before each headline (`• 品独特自然风光…`). */
const HEADLINE_BULLET = /^[•·●◆▪]\s*/u;
/** A column label printed under a headline (`■沙漠看海 中国乌海`): no part of it. */
const COLUMN_LABEL = /^[■□]/u;

/** A reporter's column named before the headline on its line (`记者手记 某村200天的巨变`). */
const COLUMN_PREFIX = new RegExp(`^记者(?:${REPORTER_COLUMN})\\s*[:：\\s]\\s*(?=\\S)`, 'u');

export function readHeadline(all: readonly Paragraph[]): Headline {
  const labelled = all.filter((p) => !COLUMN_LABEL.test(p.text.trim()));
  const paras = (labelled.length > 0 ? labelled : all).map((p) =>
    HEADLINE_BULLET.test(p.text) || COLUMN_PREFIX.test(p.text)
      ? { ...p, text: p.text.replace(HEADLINE_BULLET, '').replace(COLUMN_PREFIX, '') }
      : p,
  );
  const dashes = paras.filter((p) => isDashLine(p.text)).map((p) => p.text.replace(DASH, '').trim());
  const blocks: string[][] = [];
  for (const p of paras) {
    if (isDashLine(p.text)) continue;
    if (blocks.length === 0 || p.gapBefore > 0) blocks.push([]);
    blocks[blocks.length - 1]!.push(p.text.trim());
  }
  const first = blocks[0];
  if (!first) return { title: null, subtitle: dashes.join('') || null, parts: dashes.length };
  let titleLines = first;
  let subs = blocks.slice(1).map((b) => b.join(''));
  const kicker = first.join('');
  if (blocks.length >= 2 && first.length === 1 && KICKER_PLACE.test(kicker)) {
    // `金刚台乡` / `继续办好“十件实事”`: a place's name above the headline leads it, as one title.
    return {
      title: [kicker, ...blocks[1]!].join(' '),
      subtitle: [...blocks.slice(2).map((b) => b.join('')), ...dashes].join('') || null,
      parts: blocks.length - 1 + dashes.length,
    };
  }
  if (/[：:]$/.test(kicker) && blocks.length > 1) {
    titleLines = blocks[1]!;
    subs = [kicker.replace(/[：:]$/, ''), ...blocks.slice(2).map((b) => b.join(''))];
  } else if (
    first.length === 2 &&
    hasWordSpace(first[0]!) &&
    !hasWordSpace(first[1]!) &&
    first[1]!.length > first[0]!.length
  ) {
    // `“粽”享端午 情满社区` is a complete couplet; the longer plain line under it is its subtitle.
    titleLines = [first[0]!];
    subs = [first[1]!, ...subs];
  }
  const subtitle = [...subs, ...dashes].join('') || null;
  return { title: titleLines.join(' '), subtitle, parts: 1 + subs.length + dashes.length };
}
