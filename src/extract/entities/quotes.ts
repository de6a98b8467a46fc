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

const PAIRS: Record<string, { close: string; kind: QuoteKind }> = {
  '“': { close: '”', kind: 'quote' },
  '「': { close: '」', kind: 'quote' },
  '『': { close: '』', kind: 'quote' },
  '《': { close: '》', kind: 'book' },
};

/** Quotes longer than this are speech or OCR damage (a lost closing mark), not names. */
const MAX_INNER = 80;

/**
 * Finds quoted stretches, outermost first. OCR often loses or flips a mark, so an
 * opening mark without a close within MAX_INNER characters is skipped, and a
 * stray closing mark is ignored. ASCII `"` pairs up in order of appearance.
 */
export function findQuotes(text: string): Quoted[] {
  const found: Quoted[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    const pair = PAIRS[ch];
    const close = pair ? pair.close : ch === '"' ? '"' : null;
    if (close === null) {
      i++;
      continue;
    }
    const end = findClose(text, i + 1, ch, close);
    if (end < 0) {
      i++;
      continue;
    }
    found.push({ kind: pair?.kind ?? 'quote', open: i, close: end + 1, inner: text.slice(i + 1, end) });
    i = end + 1;
  }
  return found;
}

/** The matching close mark, allowing one level of nesting of the same pair. */
function findClose(text: string, from: number, open: string, close: string): number {
  let depth = 0;
  const limit = Math.min(text.length, from + MAX_INNER + 1);
  for (let j = from; j < limit; j++) {
    const c = text[j]!;
    if (c === '\n') return -1;
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
