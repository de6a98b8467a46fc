/**
 * Raw page bytes → clean text with an offset map back to the original.
 *
 * Output text: one paragraph per line; OCR letter-spacing removed; lines that a
 * column wrapped mid-sentence re-joined; sentence punctuation kept as printed
 * (see `foldCode` for why); every character traceable to the original.
 */
import type { NormalizedText, Span } from './types.js';
import { cleanLine, type CleanLine } from './text/lineClean.js';
import { opensAfterHeadline, shouldJoin, type LineInfo } from './text/lineJoin.js';

export type PageEncoding = 'utf-8' | 'gb18030' | 'big5' | 'shift_jis' | 'utf-16le' | 'utf-16be';

export interface DecodedPage {
  text: string;
  encoding: PageEncoding;
  warnings: string[];
}

/** Bytes → text. BOM first; then strict UTF-8; then GB18030 (what mainland OCR tools write). Never throws. */
export function decodePage(bytes: Uint8Array): DecodedPage {
  const warnings: string[] = [];
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: decode('utf-8', bytes.subarray(3)), encoding: 'utf-8', warnings };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: decode('utf-16le', bytes.subarray(2)), encoding: 'utf-16le', warnings };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: decode('utf-16be', bytes.subarray(2)), encoding: 'utf-16be', warnings };
  }
  const utf16 = sniffUtf16(bytes);
  if (utf16) {
    warnings.push(`no byte-order mark; decoded as ${utf16} from the pattern of zero bytes`);
    return { text: decode(utf16, bytes), encoding: utf16, warnings };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', warnings };
  } catch {
    // fall through: not UTF-8
  }
  const other = otherDoubleByteEncoding(bytes);
  if (other) {
    try {
      const text = new TextDecoder(other.encoding, { fatal: true }).decode(bytes);
      warnings.push(`not valid UTF-8; decoded as ${other.name} (its byte pattern is not GB18030's)`);
      return { text, encoding: other.encoding, warnings };
    } catch {
      // fall through: GB18030 after all
    }
  }
  try {
    const text = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
    warnings.push('not valid UTF-8; decoded as GB18030');
    return { text, encoding: 'gb18030', warnings };
  } catch {
    warnings.push('neither UTF-8 nor GB18030; undecodable bytes replaced with U+FFFD');
    return { text: decode('utf-8', bytes), encoding: 'utf-8', warnings };
  }
}

function decode(encoding: PageEncoding, bytes: Uint8Array): string {
  return new TextDecoder(encoding).decode(bytes);
}

/**
 * Big5 (traditional Chinese) and Shift_JIS bytes are valid GB18030 too, and decode as such
 * into garbage. Their first bytes tell them apart: in GB text almost every two-byte
 * character starts at 0xB0 or above (0xA1–0xA3 are punctuation), while Big5's commonest
 * characters start at 0xA4–0xAF (GB's kana, Greek and box-drawing rows) and Shift_JIS's at
 * 0x81–0x9F (GB's rare extension rows). Null when the bytes read as GB, or are too few to say.
 */
function otherDoubleByteEncoding(bytes: Uint8Array): { encoding: PageEncoding; name: string } | null {
  let pairs = 0;
  let big5Rows = 0;
  let shiftJisRows = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b < 0x81) continue;
    pairs++;
    if (b >= 0xa4 && b <= 0xaf) big5Rows++;
    else if (b <= 0xa0) shiftJisRows++;
    i++; // the character's second byte
  }
  if (pairs < LEGACY_MIN_CHARACTERS) return null;
  if (shiftJisRows > pairs * 0.5) return { encoding: 'shift_jis', name: 'Shift_JIS' };
  if (big5Rows > pairs * 0.25) return { encoding: 'big5', name: 'Big5' };
  return null;
}

/** Two-byte characters needed before their first bytes say which encoding wrote them. */
const LEGACY_MIN_CHARACTERS = 20;

/** Chinese in UTF-16 without a BOM: ASCII newlines and digits leave zero bytes on one side. */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 8) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.2 && evenZero < pairs * 0.02) return 'utf-16le';
  if (evenZero > pairs * 0.2 && oddZero < pairs * 0.02) return 'utf-16be';
  return null;
}

interface PrintedLine extends CleanLine {
  /** Original offset just after the line (its newline, or the end of the text). */
  end: number;
  gapBefore: number;
}

export function normalizePage(original: string): NormalizedText {
  const warnings: string[] = [];
  const lines = printedLines(original);
  const widths = columnWidths(lines);
  const parts: string[] = [];
  // Every kept character maps to a distinct original one, plus one break per line: an upper bound.
  const offs = new Int32Array(original.length + lines.length);
  let kept = 0;
  let last = '';
  let prev: LineInfo | null = null;
  lines.forEach((line, i) => {
    const info: LineInfo = {
      text: line.text,
      gapBefore: line.gapBefore,
      columnWidth: widths[i]!,
      afterHeadline: false,
      opensParagraph: true,
    };
    if (prev !== null) {
      const joined = shouldJoin(prev, info);
      info.afterHeadline = !joined && opensAfterHeadline(prev);
      info.opensParagraph = !joined;
      const first = line.text[0] ?? '';
      const prevLine = lines[i - 1]!;
      // A wrapped English word needs its space back; Chinese needs nothing.
      if (!joined || (/[A-Za-z]/.test(last) && /[A-Za-z]/.test(first))) {
        parts.push(joined ? ' ' : '\n');
        offs[kept++] = Math.min(prevLine.end, original.length);
      }
      if (joined) info.text = (prev.text + info.text).slice(-200);
    }
    parts.push(line.text);
    offs.set(line.offs, kept);
    kept += line.offs.length;
    last = line.text[line.text.length - 1] ?? last;
    prev = info;
  });
  if (original.includes('\uFFFD')) warnings.push('text contains U+FFFD replacement characters (undecodable bytes)');
  if (lines.length === 0 && original.trim().length > 0) warnings.push('page has no readable text');
  return makeNormalized(original, parts.join(''), offs.subarray(0, kept), warnings);
}

/** Non-blank printed lines, cleaned, with the number of blank lines before each. */
function printedLines(original: string): PrintedLine[] {
  const out: PrintedLine[] = [];
  // A cleaned line has no more characters than it had, so each line's offsets fit in
  // its own stretch of one page-sized array: no array of its own per line.
  const pageOffs = new Int32Array(original.length);
  let gap = 0;
  let start = 0;
  while (start <= original.length) {
    let nl = original.indexOf('\n', start);
    if (nl < 0) nl = original.length;
    const raw = original.slice(start, nl > start && original.charCodeAt(nl - 1) === 0x0d ? nl - 1 : nl); // CRLF
    const { text, offs } = cleanLine(raw, start, pageOffs.subarray(start, nl));
    if (text.length === 0) gap++;
    else {
      out.push({ text, offs, end: nl, gapBefore: out.length === 0 ? 0 : gap });
      gap = 0;
    }
    start = nl + 1;
  }
  return out;
}

/** Median width of the ±6 lines around each line: the local column width. */
function columnWidths(lines: readonly PrintedLine[]): number[] {
  // A typed array sorts numbers natively, without calling a comparator per step.
  const w = Int32Array.from(lines, (l) => l.text.length);
  return Array.from(w, (_, i) => {
    const win = w.slice(Math.max(0, i - 6), i + 7).sort();
    return win[Math.floor(win.length / 2)] ?? 0;
  });
}

/** Wraps a text and its per-char original offsets into the NormalizedText contract. */
export function makeNormalized(
  original: string,
  text: string,
  offs: ArrayLike<number>,
  warnings: string[],
): NormalizedText {
  const toOriginal = (offset: number): number => {
    if (offset >= text.length) return original.length;
    if (offset <= 0) return offs[0] ?? 0;
    return offs[offset]!;
  };
  const spanToOriginal = (start: number, end: number): Span => {
    const s = toOriginal(start);
    if (end <= start) return { start: s, end: s };
    const last = offs[Math.min(end, text.length) - 1];
    return { start: s, end: last === undefined ? original.length : last + 1 };
  };
  return { text, original, toOriginal, spanToOriginal, warnings };
}
