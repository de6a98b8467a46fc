/**
 * Word segmentation with part-of-speech tags (jieba), with character offsets.
 * Used as a hint only: jieba splits unknown proper names into noisy single
 * characters, but its multi-character verbs, adverbs and prepositions are a
 * reliable sign that a name has ended.
 */
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';

export interface Token {
  word: string;
  tag: string;
  start: number;
  end: number;
}

export interface Tokens {
  list: Token[];
  /** Token index covering each character offset. */
  at: Int32Array;
}

let jieba: Jieba | null = null;

function segmenter(): Jieba {
  jieba ??= Jieba.withDict(dict);
  return jieba;
}

export function tokenize(text: string): Tokens {
  const list: Token[] = [];
  const at = new Int32Array(text.length).fill(-1);
  let pos = 0;
  for (const { word, tag } of segmenter().tag(text, true)) {
    // jieba returns the text back piece by piece; re-find each piece so that a
    // dropped character can never shift every later offset.
    const start = text.indexOf(word, pos);
    if (start < 0) continue;
    const end = start + word.length;
    for (let k = start; k < end; k++) at[k] = list.length;
    list.push({ word, tag, start, end });
    pos = end;
  }
  return { list, at };
}

export function tokenAt(tokens: Tokens, offset: number): Token | undefined {
  const k = tokens.at[offset];
  return k === undefined || k < 0 ? undefined : tokens.list[k];
}
