/**
 * extractPage must never throw and must give the same answer twice, whatever it is
 * fed: random bytes, pages cut anywhere, lines shuffled, marks left unbalanced,
 * lone surrogates, one endless line. A stage that throws is caught by page.ts's
 * guard, so these tests also ask that no stage needed the guard.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../src/extract/page.js';

const SEEDS = join(import.meta.dirname, '../../seeds');

/** mulberry32: a small seeded generator, so every run tries the same inputs. */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = [
  '“',
  '”',
  '《',
  '》',
  '「',
  '（',
  '）',
  '(',
  '"',
  '本报讯（记者 ',
  '通讯员',
  '摄',
  '——',
  '编辑|',
  '校对|',
  '双辽市',
  '玻璃山镇',
  '村',
  '社区',
  '街道',
  '局',
  '党委',
  '活动',
  '开展',
  '由',
  '主办',
  '\n',
  '\n\n\n',
  '\r\n',
  ' ',
  '\u3000',
  '\t',
  '\u200b',
  '\ufeff',
  '\ufffd',
  '\ud842',
  '\udfb7',
  '\ud842\udfb7',
  '\u0000',
  '2023年6月20日',
  '6月',
  '１２３',
  'S I P ING R IBAO',
  '，',
  '。',
  '、',
  '……',
];

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

function expectSafe(input: string | Uint8Array, label: string): void {
  let first: ReturnType<typeof extractPage> | undefined;
  expect(() => (first = extractPage(input, { file: label })), label).not.toThrow();
  expect(
    first!.warnings.filter((w) => / failed: /.test(w)),
    label,
  ).toEqual([]);
  expect(extractPage(input, { file: label }), `${label} (second run)`).toEqual(first);
}

describe('extractPage on broken input', () => {
  const seeds = readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(join(SEEDS, f), 'utf8'));
  const random = generator(20230620);

  it('survives random bytes', () => {
    for (let k = 0; k < 40; k++) {
      const bytes = new Uint8Array(Math.floor(random() * 4000));
      for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(random() * 256);
      // Some with a byte-order mark, so the UTF-16 decoders get garbage too.
      if (k % 4 === 1 && bytes.length >= 2) bytes.set([0xff, 0xfe]);
      if (k % 4 === 2 && bytes.length >= 3) bytes.set([0xef, 0xbb, 0xbf]);
      expectSafe(bytes, `bytes #${k}`);
    }
  });

  it('survives nothing, white space only and one endless line', () => {
    for (const text of ['', ' ', '\n\n\n', '\r\n', '\ufeff', '\u0000', '“', '》'.repeat(500)])
      expectSafe(text, JSON.stringify(text));
    expectSafe(seeds[0]!.replace(/\s+/g, ''), 'a page on one line');
    expectSafe('双辽市玻璃山镇'.repeat(20_000), 'a 140k-character line');
    // About 6 s alone; what is checked is survival, not speed (bench:extract measures that),
    // so a machine busy with the database suites must not fail it.
  }, 120_000);

  it('survives pages cut, shuffled and salted with stray marks', () => {
    for (let k = 0; k < 60; k++) {
      const page = seeds[k % seeds.length]!;
      let text: string;
      if (k % 3 === 0) {
        text = page.slice(Math.floor(random() * page.length), Math.floor(random() * page.length) + 200);
      } else if (k % 3 === 1) {
        text = shuffled(page.split('\n'), random).join('\n');
      } else {
        const chars = [...page];
        for (let i = 0; i < 80; i++) {
          const at = Math.floor(random() * chars.length);
          chars.splice(at, 0, PIECES[Math.floor(random() * PIECES.length)]!);
        }
        text = chars.join('');
      }
      expectSafe(text, `broken page #${k}`);
    }
  });

  it('survives random pieces of news text', () => {
    for (let k = 0; k < 60; k++) {
      let text = '';
      const n = Math.floor(random() * 400);
      for (let i = 0; i < n; i++) text += PIECES[Math.floor(random() * PIECES.length)];
      expectSafe(text, `pieces #${k}: ${JSON.stringify(text.slice(0, 80))}`);
    }
  });
});
