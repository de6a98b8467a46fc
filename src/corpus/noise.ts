/**
 * OCR layout noise, as the seed pages show it: body text set in narrow columns and
 * broken at the column width wherever that falls (inside words and names), full
 * justified lines read back with a space between characters, a blank line where a
 * column ends mid-paragraph, and spaces around numbers.
 */
import type { Random } from './random.js';

/** Full-width punctuation the OCR does not put a space after. */
const PUNCT = new Set([...'，。、；：？！“”‘’（）《》…—·']);

/** Punctuation a line may not start with. */
const CLOSING = new Set([...'，。、；：？！”’）》']);

/** `为 防 范 和 打 击` — a justified line as OCR reads it. */
export function spaceOut(line: string): string {
  const chars = [...line];
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    out += ch;
    const next = chars[i + 1];
    if (next === undefined || PUNCT.has(ch) || /[0-9A-Za-z]/.test(ch + next) || next === ' ' || ch === ' ') continue;
    out += ' ';
  }
  return out;
}

export interface LayoutStyle {
  /** Characters per column line. */
  width: number;
  /** Share of full lines printed spaced out. */
  spacing: number;
  /** Chance that a paragraph has a column break (blank line) inside it. */
  columnBreak: number;
}

export function layoutStyle(random: Random): LayoutStyle {
  return { width: random.int(10, 24), spacing: random.pick([0, 0.1, 0.3, 0.5]), columnBreak: random.pick([0, 0.1]) };
}

/** One paragraph set in a column: the lines it prints as. */
export function setParagraph(random: Random, text: string, style: LayoutStyle): string[] {
  const spaced = text.replace(/(\d+)/g, (m) => (random.chance(0.4) ? ` ${m} ` : m));
  const chars = [...spaced];
  const lines: string[] = [];
  for (let i = 0; i < chars.length;) {
    let end = Math.min(i + style.width, chars.length);
    // Typesetters never start a line with closing punctuation: it stays on the line before.
    while (end < chars.length && CLOSING.has(chars[end]!)) end++;
    lines.push(chars.slice(i, end).join(''));
    i = end;
  }
  const out = lines.map((line, i) =>
    i < lines.length - 1 && random.chance(style.spacing) ? spaceOut(line).trim() : line.trim(),
  );
  if (out.length > 3 && random.chance(style.columnBreak)) out.splice(random.int(1, out.length - 2), 0, '');
  return out;
}
