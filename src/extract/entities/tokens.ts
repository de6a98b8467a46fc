/**
 * Word segmentation with part-of-speech tags (jieba), with character offsets.
 * Used as a hint only: jieba splits unknown proper names into noisy single
 * characters, but its multi-character verbs, adverbs and prepositions are a
 * reliable sign that a name has ended.
 *
 * Tagging is the costliest step of extraction, and callers only ask about the few
 * clauses that hold an organisation's head noun. jieba cuts its input at every
 * punctuation mark and reads each piece on its own, so a run of text between
 * punctuation marks segments the same alone as inside the whole body: runs are
 * tagged on first use, and a body costs only the runs someone asks about.
 */
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { boundedMemo } from '../memo.js';

export interface Token {
  word: string;
  tag: string;
  start: number;
  end: number;
}

export interface Tokens {
  readonly text: string;
  readonly list: Token[];
  /** Token index covering each character offset: NONE when none, UNREAD until its run is tagged. */
  readonly at: Int32Array;
}

const NONE = -1;
const UNREAD = -2;

let jieba: Jieba | null = null;

function segmenter(): Jieba {
  jieba ??= Jieba.withDict(dict);
  return jieba;
}

/**
 * Characters jieba always cuts at (it segments only runs of CJK ideographs, ASCII
 * letters and digits and `+#&._%-`): ASCII punctuation and white space (`\r\n`,
 * which jieba keeps as one word, stays inside one run), general punctuation (“”—…), CJK punctuation (，。、
 * 「」《》) and full-width punctuation (，！（）：；？). Any other character is kept
 * inside the run, where jieba cuts it itself, so a run is never smaller than jieba's.
 */
function isCut(c: number): boolean {
  if (c < 0x80) {
    if ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) return false;
    return c !== 0x2b && c !== 0x23 && c !== 0x26 && c !== 0x2e && c !== 0x5f && c !== 0x25 && c !== 0x2d;
  }
  return (
    (c >= 0x2000 && c <= 0x206f) ||
    (c >= 0x3000 && c <= 0x303f) ||
    (c >= 0xff00 && c <= 0xff0f) ||
    (c >= 0xff1a && c <= 0xff20) ||
    (c >= 0xff3b && c <= 0xff40) ||
    (c >= 0xff5b && c <= 0xff65)
  );
}

/**
 * Recently segmented texts: the town and the unit stages both read each story's body, and
 * a run one of them had tagged is not tagged again for the other. Bounded, since a long
 * run of pages passes through.
 */
const recentTexts = new Map<string, Tokens>();
const RECENT_TEXTS_LIMIT = 64;

/** A lazily segmented text: nothing is tagged until `tokenAt` asks. */
export function tokenize(text: string): Tokens {
  let tokens = recentTexts.get(text);
  if (tokens === undefined) {
    tokens = { text, list: [], at: new Int32Array(text.length).fill(UNREAD) };
    if (recentTexts.size >= RECENT_TEXTS_LIMIT) recentTexts.clear();
    recentTexts.set(text, tokens);
  }
  return tokens;
}

/** Tags the run (of cut characters, or of the others) around `offset`. */
function readRun(tokens: Tokens, offset: number): void {
  const { text, at, list } = tokens;
  const cut = isCut(text.charCodeAt(offset));
  let from = offset;
  while (from > 0 && isCut(text.charCodeAt(from - 1)) === cut) from--;
  let to = offset + 1;
  while (to < text.length && isCut(text.charCodeAt(to)) === cut) to++;
  at.fill(NONE, from, to);
  const run = text.slice(from, to);
  let pos = 0;
  for (const { word, tag } of segmenter().tag(run, true)) {
    // jieba returns the text back piece by piece; re-find each piece so that a
    // dropped character can never shift every later offset.
    const start = run.indexOf(word, pos);
    if (start < 0) continue;
    const end = start + word.length;
    at.fill(list.length, from + start, from + end);
    list.push({ word, tag, start: from + start, end: from + end });
    pos = end;
  }
}

export function tokenAt(tokens: Tokens, offset: number): Token | undefined {
  let k = tokens.at[offset];
  if (k === UNREAD) {
    readRun(tokens, offset);
    k = tokens.at[offset];
  }
  return k === undefined || k < 0 ? undefined : tokens.list[k];
}

/** Candidate names met recently: the same few names come back on every page of a paper. */
const TAGGED_WORDS_LIMIT = 4096;

/** jieba's reading of a short text on its own (words and tags), for judging a candidate name. */
export const tagWords: (text: string) => Array<{ word: string; tag: string }> = boundedMemo(
  TAGGED_WORDS_LIMIT,
  (text) => segmenter().tag(text, true),
);
