/**
 * Quoted stretches of a text. Chinese news marks named initiatives, slogans and
 * borrowed words with “”, 「」 or ASCII quotes, and book titles with 《》; several
 * stages need to know whether a phrase sits inside such marks.
 */

export type QuoteKind = 'quote' | 'book';

export interface Quoted {
  kind: QuoteKind;
  /** Offset of the opening mark. */
  open: number;
  /** Offset just after the closing mark. */
  close: number;
  /** The text between the marks. */
  inner: string;
}

/** Opening marks by char code: their closing mark and kind. */
const PAIRS = new Map<number, { close: string; kind: QuoteKind }>([
  [0x201c, { close: '”', kind: 'quote' }], // “
  [0x2018, { close: '’', kind: 'quote' }], // ‘ (a name quoted inside quoted speech: ‘四好村’)
  [0x300c, { close: '」', kind: 'quote' }], // 「
  [0x300e, { close: '』', kind: 'quote' }], // 『
  [0x300a, { close: '》', kind: 'book' }], // 《
  [0x22, { close: '"', kind: 'quote' }], // "
]);

/** Quotes longer than this are speech or OCR damage (a lost closing mark), not names. */
const MAX_INNER = 80;

/**
 * Finds quoted stretches, outermost first. OCR often loses or flips a mark, so an
 * opening mark without a close within MAX_INNER characters is skipped, and a
 * stray closing mark is ignored. ASCII `"` pairs up in order of appearance.
 * A quote ends at a line break, unless `lineBreaks` allows that many inside it
 * (a column may break a short quoted name: “勿忘国\n耻、时刻准备…”).
 */
export function findQuotes(text: string, lineBreaks = 0): Quoted[] {
  const found: Quoted[] = [];
  let i = 0;
  while (i < text.length) {
    const pair = PAIRS.get(text.charCodeAt(i));
    if (pair === undefined) {
      i++;
      continue;
    }
    const end = findClose(text, i + 1, text[i]!, pair.close, lineBreaks);
    if (end < 0) {
      i++;
      continue;
    }
    found.push({ kind: pair.kind, open: i, close: end + 1, inner: text.slice(i + 1, end) });
    i = end + 1;
  }
  return found;
}

/** The matching close mark, allowing one level of nesting of the same pair and up to `lineBreaks` line breaks. */
function findClose(text: string, from: number, open: string, close: string, lineBreaks: number): number {
  let depth = 0;
  let breaks = 0;
  const limit = Math.min(text.length, from + MAX_INNER + 1);
  for (let j = from; j < limit; j++) {
    const c = text[j]!;
    if (c === '\n' && ++breaks > lineBreaks) return -1;
    if (c === close && depth === 0) return j;
    if (c === close) depth--;
    else if (c === open && open !== close) depth++;
  }
  return -1;
}

/** The quote enclosing offset `pos`, if any. */
export function quoteAt(quotes: readonly Quoted[], pos: number): Quoted | undefined {
  return quotes.find((q) => q.open < pos && pos < q.close - 1);
}
