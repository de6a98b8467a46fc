import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { describe, expect, it } from 'vitest';
import { tokenAt, tokenize, type Token } from '../../src/extract/entities/tokens.js';
import { extractPage } from '../../src/extract/page.js';

const SEEDS = join(import.meta.dirname, '../../seeds');

/** The whole text tagged in one call, as tokens were made before runs were tagged lazily. */
const jieba = Jieba.withDict(dict);

function eager(text: string): (Token | undefined)[] {
  const at: (Token | undefined)[] = new Array<Token | undefined>(text.length).fill(undefined);
  let pos = 0;
  for (const { word, tag } of jieba.tag(text, true)) {
    const start = text.indexOf(word, pos);
    if (start < 0) continue;
    const token = { word, tag, start, end: start + word.length };
    for (let k = start; k < token.end; k++) at[k] = token;
    pos = token.end;
  }
  return at;
}

describe('tokenize', () => {
  const bodies = readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .flatMap((f) => extractPage(readFileSync(join(SEEDS, f)), { file: f }).articles.map((a) => a.body));

  it('tags each run between punctuation exactly as jieba tags the whole body', () => {
    const texts = [...bodies, 'ABC-12.5%的2023年“双辽市”财政局\r\n召开会议：abc，一二三！（完）'];
    for (const text of texts) {
      const want = eager(text);
      const tokens = tokenize(text);
      // Ask from the end backwards so that runs are read in an order unlike the eager pass.
      for (let i = text.length - 1; i >= 0; i--) expect(tokenAt(tokens, i), `${i} in ${text}`).toEqual(want[i]);
    }
  });

  it('answers nothing outside the text', () => {
    const tokens = tokenize('双辽市');
    expect(tokenAt(tokens, -1)).toBeUndefined();
    expect(tokenAt(tokens, 3)).toBeUndefined();
    expect(tokenAt(tokenize(''), 0)).toBeUndefined();
  });
});
