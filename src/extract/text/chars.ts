/**
 * Character classes of Chinese newspaper text.
 *
 * OCR of vertical-column pages puts a space between every glyph; deciding which
 * spaces are noise needs to know what kind of character sits on each side.
 */

/** Han ideographs (BMP blocks plus the surrogate halves of the astral extensions). */
export function isHan(ch: string): boolean {
  const c = ch.charCodeAt(0);
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

export function isCjkPunct(ch: string): boolean {
  return CJK_PUNCT.has(ch);
}

/** A glyph that never needs a space next to another glyph of its kind. */
export function isCjkish(ch: string): boolean {
  return isHan(ch) || isCjkPunct(ch);
}

export function isAsciiAlnum(ch: string): boolean {
  return /^[0-9A-Za-z]$/.test(ch);
}

/** Marks that end a sentence (a line ending in one of them ends a paragraph). */
export const SENTENCE_END = new Set('。！？!?；;…');

/**
 * Canonical form of one character, applied before anything else.
 *
 * Sentence punctuation keeps the width the page printed it in: the gold (and a
 * reader searching for a quoted title) copy 日前,梨树县 with a half-width comma
 * from one paper and 近日，守护 with a full-width one from another, so folding
 * either way would make one of them unfindable. Use `punctuationKey` to compare
 * texts regardless of width. What *is* folded is layout noise with no meaning:
 * full-width Latin letters and digits (Ａ１ → A1), the ideographic and no-break
 * spaces and tabs (→ ' '), and zero-width characters (→ removed, '').
 */
export function foldChar(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c >= 0xff10 && c <= 0xff19) return String.fromCharCode(c - 0xfee0); // ０-９
  if (c >= 0xff21 && c <= 0xff3a) return String.fromCharCode(c - 0xfee0); // Ａ-Ｚ
  if (c >= 0xff41 && c <= 0xff5a) return String.fromCharCode(c - 0xfee0); // ａ-ｚ
  if (ch === '\u3000' || ch === '\u00a0' || ch === '\t' || ch === '\u2002' || ch === '\u2003') return ' ';
  if (ch === '\u200b' || ch === '\u200c' || ch === '\u200d' || ch === '\ufeff') return '';
  if (ch === '\u2015' || ch === '\u2500') return '—'; // horizontal bar / box line used as a dash
  return ch;
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
