import type { Division, Gazetteer } from './gazetteer.js';

/**
 * Finds the division names written in a text: full forms (with their suffix) by
 * looking back from every character that can end one, short forms (巩义, 长阳) by
 * looking ahead from every start. Overlaps go to the longer name, so 巩义市 beats
 * 巩义 and 开元路街道 beats 开元路街.
 */

export interface PlaceMatch {
  start: number;
  end: number;
  form: string;
  /** full: written with its suffix; short: a bare short form; grammar: by suffix after a parent, not in the dataset. */
  kind: 'full' | 'short' | 'grammar';
  /** Divisions the form may stand for (none for grammar matches). */
  candidates: Division[];
}

/** Last characters of administrative names: 省 市 区 县 旗 盟 州 镇 乡 街(道) 村 屯 嘎查 苏木 (as char codes). */
const NAME_ENDINGS = new Set([...'省市区县旗盟州镇乡道街村屯查木'].map((c) => c.charCodeAt(0)));

interface ShortIndex {
  forms: Set<string>;
  /**
   * One bit per UTF-16 code unit that starts a short form. It fits the processor's
   * nearest cache, so the many characters that start no form never touch `heads`.
   */
  firsts: Uint8Array;
  /**
   * A gate over the first two characters of every short form: one bit per hash of
   * the pair (low ten bits of each), so testing a position allocates nothing, and
   * 128 KB stay in cache where a byte per hash (1 MB) did not.
   * A chance hit only costs a few lookups in `forms`.
   */
  heads: Uint8Array;
  /** Every prefix (two characters or more) of a short form: reading on past one that is not cannot find a form. */
  prefixes: Set<string>;
  maxLength: number;
}

function headOf(text: string, i: number): number {
  return ((text.charCodeAt(i) & 0x3ff) << 10) | (text.charCodeAt(i + 1) & 0x3ff);
}

const shortIndexes = new WeakMap<Gazetteer, ShortIndex>();

function shortIndexOf(gz: Gazetteer): ShortIndex {
  let idx = shortIndexes.get(gz);
  if (!idx) {
    const forms = new Set(gz.shortForms());
    const firsts = new Uint8Array(0x10000 >>> 3);
    const heads = new Uint8Array((1 << 20) >>> 3);
    const prefixes = new Set<string>();
    for (const f of forms) {
      const first = f.charCodeAt(0);
      firsts[first >>> 3]! |= 1 << (first & 7);
      const head = headOf(f, 0);
      heads[head >>> 3]! |= 1 << (head & 7);
      for (let len = 2; len <= f.length; len++) prefixes.add(f.slice(0, len));
    }
    idx = { forms, firsts, heads, prefixes, maxLength: gz.maxShortLength };
    shortIndexes.set(gz, idx);
  }
  return idx;
}

const townsOf = new WeakMap<readonly Division[], Division[]>();

/**
 * Places of no recognised level (开发区, 农场) are no towns, so they are no candidates.
 * Lookups are memoised, so the filtered list is too (callers treat it as read-only).
 */
function townCandidates(divisions: readonly Division[]): Division[] {
  let towns = townsOf.get(divisions);
  if (!towns) {
    towns = divisions.filter((d) => d.level !== null);
    townsOf.set(divisions, towns);
  }
  return towns;
}

/** Every name at every position, overlapping. */
export function allPlaceNames(text: string, gz: Gazetteer): PlaceMatch[] {
  const out: PlaceMatch[] = [];
  const short = shortIndexOf(gz);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (NAME_ENDINGS.has(c)) {
      const end = i + 1;
      for (const len of gz.fullFormsEndingAt(text, end)) {
        const form = text.slice(end - len, end);
        const candidates = townCandidates(gz.lookupFull(form));
        if (candidates.length > 0) out.push({ start: end - len, end, form, kind: 'full', candidates });
      }
    }
    const mayStartShortForm = (short.firsts[c >>> 3]! & (1 << (c & 7))) !== 0;
    const head = mayStartShortForm && i + 1 < text.length ? headOf(text, i) : -1;
    if (head >= 0 && (short.heads[head >>> 3]! & (1 << (head & 7))) !== 0) {
      for (let len = 2; len <= short.maxLength && i + len <= text.length; len++) {
        const form = text.slice(i, i + len);
        if (!short.prefixes.has(form)) break;
        if (!short.forms.has(form)) continue;
        const candidates = townCandidates(gz.lookupShort(form));
        if (candidates.length > 0) out.push({ start: i, end: i + len, form, kind: 'short', candidates });
      }
    }
  }
  return out;
}

/** Longest first, then leftmost; a full form wins a tie against a short one. */
function byPreference(a: PlaceMatch, b: PlaceMatch): number {
  return b.end - b.start - (a.end - a.start) || a.start - b.start || (a.kind === 'full' ? -1 : 1);
}

export function findPlaceNames(text: string, gz: Gazetteer): PlaceMatch[] {
  return longestFirst(text.length, allPlaceNames(text, gz));
}

/** Non-overlapping names, the longer winning (see byPreference). */
export function longestFirst(textLength: number, matches: readonly PlaceMatch[]): PlaceMatch[] {
  const taken = new Uint8Array(textLength);
  const kept: PlaceMatch[] = [];
  for (const m of [...matches].sort(byPreference)) {
    let free = true;
    for (let i = m.start; i < m.end && free; i++) free = taken[i] === 0;
    if (!free) continue;
    taken.fill(1, m.start, m.end);
    kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start);
}
