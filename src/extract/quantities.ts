/**
 * Counted amounts in news text: `60余名老年人`, `发放宣传资料1700余份`, `张贴宣传标语13幅`.
 * A number only counts when a measure word follows it; that is what separates
 * `13幅` (a quantity) from `2023洛阳` or `6月` (not one).
 */
import type { Quantity } from './types.js';
import { parseSmallNumber } from './dates.js';

const MEASURE_WORDS = [
  '人次',
  '场次',
  '万元',
  '平方米',
  '公里',
  '千米',
  '小时',
  '名',
  '人',
  '份',
  '幅',
  '场',
  '次',
  '个',
  '家',
  '户',
  '条',
  '项',
  '支',
  '期',
  '位',
  '元',
  '件',
  '台',
  '辆',
  '米',
  '亩',
  '所',
  '处',
  '套',
  '本',
  '册',
  '批',
  '天',
  '间',
  '袋',
  '箱',
  '块',
  '组',
  '队',
  '张',
  '篇',
];
const APPROX_BEFORE = /^(近|约|超过|超|逾|大约)$/u;

const QUANTITY = new RegExp(
  `(近|约|超过|超|逾|大约)?(\\d+(?:\\.\\d+)?|[两二三四五六七八九十百千]+)\\s?(万|千)?\\s?(余|多)?\\s?(${MEASURE_WORDS.join('|')})(左右)?`,
  'gu',
);

const CN_BIG: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** Chinese numerals up to the thousands (三百五十, 两千): what counts in local news use. */
function parseChineseNumber(s: string): number | null {
  let total = 0;
  let digit: number | null = null;
  for (const ch of s) {
    const big = CN_BIG[ch];
    if (big !== undefined) {
      total += (digit ?? 1) * big;
      digit = null;
    } else {
      const d = parseSmallNumber(ch);
      if (d === null || digit !== null) return null;
      digit = d;
    }
  }
  return total + (digit ?? 0);
}

/** Offsets inside “…” quotes: numbers there belong to a name (“千场普法宣讲进基层”), not a count. */
function quotedRanges(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of text.matchAll(/[“「][^”」\n]*[”」]/gu)) out.push([m.index, m.index + m[0].length]);
  return out;
}

export function extractQuantities(text: string): Quantity[] {
  const out: Quantity[] = [];
  const quoted = quotedRanges(text);
  for (const m of text.matchAll(QUANTITY)) {
    const [whole, before, num = '', tenThousands, approxAfter, unit = '', around] = m;
    const at = m.index;
    if (quoted.some(([s, e]) => at >= s && at < e)) continue;
    // 第3场 is an ordinal, and a lone 一 (一次, 一个) is grammar, not a count.
    if (text[at - 1] === '第' || num === '一') continue;
    const base = /\d/u.test(num) ? Number(num) : parseChineseNumber(num);
    if (base === null || !Number.isFinite(base)) continue;
    const value = base * (tenThousands === '万' ? 10_000 : tenThousands === '千' ? 1000 : 1);
    out.push({
      text: whole.replace(/\s+/gu, ''),
      value,
      unit,
      approximate: Boolean(approxAfter ?? around ?? (before !== undefined && APPROX_BEFORE.test(before))),
    });
  }
  return out;
}
