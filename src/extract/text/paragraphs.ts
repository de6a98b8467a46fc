/**
 * The paragraphs of a normalised page, with the layout cues the cleaning removed
 * but later stages still need: how many blank lines the original had before a
 * paragraph (a picture leaves several) and whether its first line was indented.
 */
import type { NormalizedText } from '../types.js';

export interface Paragraph {
  /** Position among the page's paragraphs. */
  index: number;
  text: string;
  /** [start, end) in NormalizedText.text. */
  start: number;
  end: number;
  /** Blank lines before it in the original (0 when it follows the previous line directly). */
  gapBefore: number;
  /** The original line started with white space. */
  indented: boolean;
}

/** The header and the segmenter both read a page's paragraphs; they are cut once (callers must not change them). */
const paragraphsOfPage = new WeakMap<NormalizedText, readonly Paragraph[]>();

export function paragraphsOf(n: NormalizedText): readonly Paragraph[] {
  let paragraphs = paragraphsOfPage.get(n);
  if (paragraphs === undefined) paragraphsOfPage.set(n, (paragraphs = cutParagraphs(n)));
  return paragraphs;
}

function cutParagraphs(n: NormalizedText): Paragraph[] {
  const out: Paragraph[] = [];
  let start = 0;
  for (const text of n.text.split('\n')) {
    const end = start + text.length;
    if (text.length > 0) {
      const o = n.toOriginal(start);
      const lineStart = n.original.lastIndexOf('\n', o - 1) + 1;
      out.push({
        index: out.length,
        text,
        start,
        end,
        gapBefore: out.length === 0 ? 0 : blankLinesBefore(n.original, lineStart),
        indented: /^[ \t\u3000]+$/.test(n.original.slice(lineStart, o)),
      });
    }
    start = end + 1;
  }
  return out;
}

function blankLinesBefore(original: string, lineStart: number): number {
  let count = 0;
  let end = lineStart - 1; // the '\n' that ends the previous line
  while (end > 0) {
    const prevStart = original.lastIndexOf('\n', end - 1) + 1;
    if (original.slice(prevStart, end).trim().length > 0) break;
    count++;
    end = prevStart - 1;
  }
  return count;
}
