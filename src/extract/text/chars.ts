/**
 * Character classes of Chinese newspaper text.
 *
 * OCR of vertical-column pages puts a space between every glyph; deciding which
 * spaces are noise needs to know what kind of character sits on each side.
 */

/** Han ideographs (BMP blocks plus the surrogate halves of the astral extensions). */
export function isHan(ch: string): boolean {
  return isHanCode(ch.charCodeAt(0));
}

/** isHan for one UTF-16 code unit. */
export function isHanCode(c: number): boolean {
  return (
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xd800 && c <= 0xdfff) ||
    c === 0x3007 // 〇, written as a digit in dates
  );
}

/** Punctuation that belongs to Chinese typesetting (full-width forms and CJK marks). */
const CJK_PUNCT = new Set('，。、；：？！“”‘’（）《》〈〉「」『』【】〔〕…—·～﹃﹄﹁﹂•');

const CJK_PUNCT_CODES = new Set([...CJK_PUNCT].map((ch) => ch.charCodeAt(0)));

export function isCjkPunct(ch: string): boolean {
  return CJK_PUNCT.has(ch);
}

/** isCjkPunct for one UTF-16 code unit. */
export function isCjkPunctCode(c: number): boolean {
  return CJK_PUNCT_CODES.has(c);
}

/** A glyph that never needs a space next to another glyph of its kind. */
export function isCjkish(ch: string): boolean {
  return isHan(ch) || isCjkPunct(ch);
}

export function isCjkishCode(c: number): boolean {
  return isHanCode(c) || isCjkPunctCode(c);
}

export function isAsciiAlnum(ch: string): boolean {
  return /^[0-9A-Za-z]$/.test(ch);
}

export function isAsciiAlnumCode(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** Marks that end a sentence (a line ending in one of them ends a paragraph). */
export const SENTENCE_END = new Set('。！？!?；;…');

/** foldCode's answer for a character that is dropped. */
export const REMOVED = -1;

/**
 * Canonical form of one character, applied before anything else.
 *
 * Sentence punctuation keeps the width the page printed it in: the gold (and a
 * reader searching for a quoted title) copy 日前,历城区 with a half-width comma
 * from one paper and 近日，守护 with a full-width one from another, so folding
 * either way would make one of them unfindable. Use `punctuationKey` to compare
 * texts regardless of width. What *is* folded is layout noise with no meaning:
 * full-width Latin letters and digits (Ａ１ → A1), the ideographic and no-break
 * spaces and tabs (→ ' '), and zero-width characters (→ REMOVED). Works on one
 * UTF-16 code unit and returns the folded one.
 */
export function foldCode(c: number): number {
  if (c >= 0xff10 && c <= 0xff19) return c - 0xfee0; // ０-９
  if (c >= 0xff21 && c <= 0xff3a) return c - 0xfee0; // Ａ-Ｚ
  if (c >= 0xff41 && c <= 0xff5a) return c - 0xfee0; // ａ-ｚ
  if (c === 0x3000 || c === 0xa0 || c === 0x09 || c === 0x2002 || c === 0x2003) return 0x20;
  if (c === 0x200b || c === 0x200c || c === 0x200d || c === 0xfeff) return REMOVED;
  if (c === 0x2015 || c === 0x2500) return 0x2014; // horizontal bar / box line used as a dash
  return c;
}

/** Width-insensitive comparison key: half-width forms of , . ; : ? ! ( ) and no white space. */
export function punctuationKey(s: string): string {
  const map: Record<string, string> = {
    '，': ',',
    '。': '.',
    '；': ';',
    '：': ':',
    '？': '?',
    '！': '!',
    '（': '(',
    '）': ')',
  };
  return s.replace(/\s+/g, '').replace(/[，。；：？！（）]/g, (m) => map[m] ?? m);
}
