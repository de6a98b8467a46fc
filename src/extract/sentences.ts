/**
 * Sentence and clause cutting for normalised article text, plus finding where the
 * page's entities are written inside a piece of text. Shared by events and relations.
 *
 * Both the full-width and half-width forms of each mark are accepted, because the
 * normaliser picks one canonical form per mark and that choice is not ours.
 */
import type { Entity, TownLevel } from './types.js';
import { isWhiteSpace, squash } from './text/squash.js';
import { townLevel } from './entities/townMentions.js';
import { memoPerList } from './memo.js';

export interface Piece {
  text: string;
  /** Offset of `text` in the string it was cut from. */
  start: number;
  end: number;
}

/** What each UTF-16 code unit is to the cutter, one bit per role (most characters are none). */
const OPENER = 1;
const CLOSER = 2;
const SENTENCE_END = 4;
const CLAUSE_END = 8;
const LIST_COMMA = 16;

/**
 * One byte per code unit: `cut` runs over every character of every body several times,
 * and a table lookup is far cheaper there than a Set of one-character strings.
 */
const ROLE = ((): Uint8Array => {
  const role = new Uint8Array(0x10000);
  const mark = (chars: string, bit: number): void => {
    for (const ch of chars) role[ch.charCodeAt(0)]! |= bit;
  };
  mark('“‘「『《（(', OPENER);
  mark('”’」』》）)', CLOSER);
  mark('。！？!?；;\n', SENTENCE_END);
  mark('，,、：:', CLAUSE_END);
  mark('、', LIST_COMMA);
  return role;
})();

const NEWLINE = 0x0a;
const DOT = 0x2e;

function isDigitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 0x30 && c <= 0x39;
}

/** '.' only ends a sentence when it is not a decimal point. */
function endsSentence(text: string, i: number, c: number): boolean {
  if ((ROLE[c]! & SENTENCE_END) !== 0) return true;
  return c === DOT && !(isDigitAt(text, i - 1) && isDigitAt(text, i + 1));
}

/**
 * OCR text sometimes keeps a line break inside a quotation (“勿忘国⏎耻、时刻准备…”).
 * A newline ends a sentence unless a quote is open and closes within a short reach
 * on the next line: an unclosed quote must never swallow the rest of a page.
 */
function quoteClosesSoon(text: string, i: number, depth: number): boolean {
  if (depth === 0) return false;
  const next = text.slice(i + 1, i + 1 + 40);
  const close = [...next].findIndex((ch) => (ROLE[ch.charCodeAt(0)]! & CLOSER) !== 0);
  const br = next.indexOf('\n');
  return close >= 0 && (br < 0 || close < br);
}

/** Which marks end a piece: sentence ends only, or clause marks too (the list comma 、 optionally kept). */
type Cutting = 'sentences' | 'clauses' | 'clausesKeepingLists';

function isEnd(text: string, i: number, c: number, cutting: Cutting): boolean {
  if (cutting !== 'sentences') {
    const role = ROLE[c]!;
    if ((role & CLAUSE_END) !== 0 && !(cutting === 'clausesKeepingLists' && (role & LIST_COMMA) !== 0)) return true;
  }
  return endsSentence(text, i, c);
}

/** `text[from, to)` without its surrounding white space, as a piece (nothing when blank). */
function pushTrimmed(pieces: Piece[], text: string, from: number, to: number): void {
  while (from < to && isWhiteSpace(text.charCodeAt(from))) from++;
  while (to > from && isWhiteSpace(text.charCodeAt(to - 1))) to--;
  if (to > from) pieces.push({ text: text.slice(from, to), start: from, end: to });
}

/**
 * Cuts text into pieces at marks outside quotes/brackets: a quoted slogan such as
 * “警惕高息诱惑，远离非法集资” contains a comma that must not cut it in two.
 */
function cut(text: string, cutting: Cutting): Piece[] {
  const pieces: Piece[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const role = ROLE[c]!;
    if ((role & OPENER) !== 0) depth++;
    else if ((role & CLOSER) !== 0) depth = Math.max(0, depth - 1);
    if ((c === NEWLINE && !quoteClosesSoon(text, i, depth)) || (depth === 0 && isEnd(text, i, c, cutting))) {
      pushTrimmed(pieces, text, start, c === NEWLINE ? i : i + 1);
      start = i + 1;
      depth = 0;
    }
  }
  pushTrimmed(pieces, text, start, text.length);
  return pieces;
}

/** Events and relations cut the same bodies; a small memo saves doing it twice. */
const sentenceMemo = new Map<string, Piece[]>();
const SENTENCE_MEMO_LIMIT = 256;

export function splitSentences(text: string): Piece[] {
  let pieces = sentenceMemo.get(text);
  if (pieces === undefined) {
    pieces = cut(text, 'sentences');
    if (sentenceMemo.size >= SENTENCE_MEMO_LIMIT) sentenceMemo.clear();
    sentenceMemo.set(text, pieces);
  }
  return pieces;
}

/**
 * Clauses of one sentence, cut at commas and colons outside quotes, and at the
 * enumeration comma 、 unless `keepLists` (then "A、B、C开展…" stays one clause).
 */
export function splitClauses(sentence: string, keepLists = false): Piece[] {
  return cut(sentence, keepLists ? 'clausesKeepingLists' : 'clauses');
}

/** Entities do not change once the entity stages are done; their forms are computed once. */
const formCache = new WeakMap<Entity, string[]>();

/** Every written form of an entity worth searching for (no single characters). */
export function surfaceForms(e: Entity): string[] {
  const cached = formCache.get(e);
  if (cached) return cached;
  const forms = [e.name, ...e.aliases, ...e.mentions.map((m) => m.text)].map((f) => f.replace(/\s+/gu, ''));
  const unique = [...new Set(forms)].filter((f) => f.length >= 2);
  formCache.set(e, unique);
  return unique;
}

export interface Occurrence extends Piece {
  entity: Entity;
}

/**
 * Where the given entities are written in `text`: longest form first, no overlaps,
 * so 巩义市财政局党组 is one occurrence, not also 巩义市财政局. White space is
 * ignored on both sides (OCR leaves spaces and even line breaks inside names).
 */
// Events and every relation kind ask about the same sentences and entity lists.
export const locate: (text: string, entities: readonly Entity[]) => Occurrence[] = memoPerList(locateUncached);

/** One searchable form; each first character's list keeps the entity-by-entity, form-by-form reading order. */
interface FormEntry {
  form: string;
  entity: Entity;
}

interface FormIndex {
  byFirst: Map<number, FormEntry[]>;
  /**
   * A gate of 1024 bits over the first code units of the forms (by their low ten bits):
   * most characters of a text start no form and cost one bit test, not a map lookup.
   * Small enough to build for the many short, fresh lists callers pass.
   */
  firsts: Uint32Array;
}

const formIndexCache = new WeakMap<readonly Entity[], FormIndex>();

const gateBit = (unit: number): number => 1 << (unit & 31);
const gateWord = (unit: number): number => (unit & 1023) >>> 5;

/** The forms of a list of entities by their first character, so a text is read once, not once per form. */
function formsByFirstChar(entities: readonly Entity[]): FormIndex {
  let index = formIndexCache.get(entities);
  if (index === undefined) {
    const byFirst = new Map<number, FormEntry[]>();
    const firsts = new Uint32Array(32);
    for (const entity of entities) {
      for (const form of surfaceForms(entity)) {
        const first = form.charCodeAt(0);
        let entries = byFirst.get(first);
        if (entries === undefined) byFirst.set(first, (entries = []));
        entries.push({ form, entity });
        firsts[gateWord(first)]! |= gateBit(first);
      }
    }
    index = { byFirst, firsts };
    formIndexCache.set(entities, index);
  }
  return index;
}

const NO_OFFSETS = new Int32Array(0);

/**
 * Up to this many entities, each form is searched for on its own: building an index of
 * first characters for a short, fresh list (one town, a page's few units) costs more.
 */
const SEARCH_EACH_FORM_MAX_ENTITIES = 8;

function locateUncached(text: string, entities: readonly Entity[]): Occurrence[] {
  const plain = !/\s/u.test(text);
  const s = plain ? { text, at: NO_OFFSETS } : squash(text);
  const toText = (i: number): number => (plain ? i : (s.at[i] ?? text.length));
  const all: Occurrence[] = [];
  const found = (i: number, form: string, entity: Entity): void => {
    const start = toText(i);
    const end = toText(i + form.length - 1) + 1;
    all.push({ text: text.slice(start, end), start, end, entity });
  };
  if (entities.length <= SEARCH_EACH_FORM_MAX_ENTITIES) {
    for (const entity of entities) {
      for (const form of surfaceForms(entity)) {
        for (let i = s.text.indexOf(form); i >= 0; i = s.text.indexOf(form, i + 1)) found(i, form, entity);
      }
    }
  } else {
    const { byFirst, firsts } = formsByFirstChar(entities);
    for (let i = 0; i < s.text.length; i++) {
      const unit = s.text.charCodeAt(i);
      if ((firsts[gateWord(unit)]! & gateBit(unit)) === 0) continue;
      for (const { form, entity } of byFirst.get(unit) ?? []) if (s.text.startsWith(form, i)) found(i, form, entity);
    }
  }
  // Longest first, then leftmost. Either way, occurrences at one place were found in
  // reading order (entity by entity, form by form), and the sort is stable, so on a tie
  // the one listed first leads.
  if (all.length < 2) return all;
  all.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  // Keep each occurrence that overlaps none kept before it (a sentence names a handful).
  const taken: Occurrence[] = [];
  for (const o of all) {
    if (taken.every((t) => t.end <= o.start || o.end <= t.start)) taken.push(o);
  }
  return taken.sort((a, b) => a.start - b.start);
}

/** Lower number = smaller place. Used to pick "the lowest town" a sentence names. */
const LEVEL_RANK: Record<TownLevel, number> = {
  hamlet: 0,
  village: 1,
  community: 1,
  subdistrict: 2,
  town: 2,
  township: 2,
  district: 3,
  county: 3,
  city: 4,
  province: 5,
};

/** `townRank` of a village or community. */
export const VILLAGE_RANK = LEVEL_RANK.village;

export function townRank(e: Entity): number {
  const level = townLevel(e);
  return level === null ? 6 : LEVEL_RANK[level];
}

/**
 * The smallest place among the occurrences; on a tie, the first written, unless the
 * later one is written right after it (`某某行政村某某村`: a chain goes from outer to inner).
 */
export function lowestTown(occurrences: readonly Occurrence[]): Entity | null {
  return lowestOccurrence(occurrences)?.entity ?? null;
}

function lowestOccurrence(occurrences: readonly Occurrence[]): Occurrence | null {
  let best: Occurrence | null = null;
  for (const o of occurrences) {
    const rank = townRank(o.entity);
    if (best === null || rank < townRank(best.entity)) best = o;
    else if (rank === townRank(best.entity) && o.start === best.end) best = o;
  }
  return best;
}

/** What may stand between two places of one list: 、和及与, once the parents and brackets are taken out. */
const LIST_GAP = /^[、和及与]+$/u;
const BRACKETED = /[（(][^）)]*[）)]/gu;

/**
 * The smallest places of a sentence: the lowest, and the places of its level listed
 * with it (`到甲镇A社区、乙镇B社区、C社区等地`: each is where it happened).
 * `text` is the text the occurrences were located in.
 */
export function lowestTowns(occurrences: readonly Occurrence[], text: string): Entity[] {
  const best = lowestOccurrence(occurrences);
  if (best === null) return [];
  const rank = townRank(best.entity);
  const inOrder = [...occurrences].sort((a, b) => a.start - b.start);
  const listed = (a: Occurrence, b: Occurrence): boolean => {
    let gap = text.slice(a.end, b.start);
    for (const o of inOrder)
      if (o.start >= a.end && o.end <= b.start) gap = gap.replace(text.slice(o.start, o.end), '');
    return LIST_GAP.test(gap.replace(BRACKETED, ''));
  };
  const sameRank = inOrder.filter((o) => townRank(o.entity) === rank);
  const at = sameRank.indexOf(best);
  let from = at;
  while (from > 0 && listed(sameRank[from - 1]!, sameRank[from]!)) from--;
  let to = at;
  while (to < sameRank.length - 1 && listed(sameRank[to]!, sameRank[to + 1]!)) to++;
  return [...new Set(sameRank.slice(from, to + 1).map((o) => o.entity))];
}
