import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractPage, reporterEntities } from '../../src/extract/page.js';
import { parsePageDocument, toPageDocument } from '../../src/eval/document.js';
import { prf, scorePage, totalScore } from '../../src/eval/score.js';
import type { Article } from '../../src/extract/types.js';
import { SEEDS_GOLD_DIR } from './fixtures/paths.js';

const SEEDS = new URL('../../seeds/', import.meta.url);
const GOLD = SEEDS_GOLD_DIR;
const seed = (name: string): Buffer => readFileSync(new URL(name, SEEDS));

describe('extractPage never throws', () => {
  it.each([
    ['empty text', ''],
    ['only white space', ' \n\n  \t'],
    ['binary garbage', new Uint8Array([0xff, 0xfe, 0x00, 0xd8, 0x00, 0x00, 0x80, 0x81])],
    ['invalid UTF-8', new Uint8Array([0xe5, 0x8f, 0xc3, 0x28, 0x0a])],
    ['an unclosed quote', '本报讯（通讯员 肖宁）近日，双辽市开展“警惕高息诱惑'],
  ])('%s → a result with the shape of a page', (_label, input) => {
    const x = extractPage(input, { file: 'odd.txt' });
    expect(x.file).toBe('odd.txt');
    expect(Array.isArray(x.articles)).toBe(true);
    expect(Object.keys(x.entities).sort()).toEqual(['campaign', 'person', 'reporter', 'town', 'unit']);
    expect(Array.isArray(x.warnings)).toBe(true);
  });
});

describe('reporter entities come from the credits', () => {
  it('one entity per name per page, a mention per article', () => {
    const art = (index: number, names: string[]): Article => ({
      index,
      kind: 'news',
      title: 't',
      subtitle: null,
      byline: null,
      body: '',
      bodyOffset: 0,
      span: { start: index * 10, end: index * 10 + 5 },
      reporters: names.map((name) => ({ name, role: 'correspondent' as const })),
    });
    const rs = reporterEntities([art(0, ['冉红政', '黄帅']), art(1, ['冉红政', '田超']), art(2, ['田超', '田超'])]);
    expect(rs.map((r) => [r.name, r.mentions.map((m) => m.article)])).toEqual([
      ['冉红政', [0, 1]],
      ['黄帅', [0]],
      ['田超', [1, 2]],
    ]);
  });
});

describe('page 000 end to end', () => {
  const x = extractPage(seed('000_9db501005d26fdbc.txt'), { file: '000_9db501005d26fdbc.txt' });

  it('reads the header and credits the 玻璃山镇 item to 肖宁', () => {
    expect(x.page.date).toBe('2023-06-20');
    expect(x.relations).toContainEqual(
      expect.objectContaining({ type: 'WROTE', from: '肖宁', to: '警惕高息诱惑 远离非法集资', role: 'correspondent' }),
    );
  });

  it('gives every article an event, dated against the page date', () => {
    for (const a of x.articles) expect(x.events.some((e) => e.article === a.index)).toBe(true);
    const lead = x.events.find((e) => e.summary.includes('玻璃山村开展'));
    expect(lead).toMatchObject({ date: '2023-06-20', datePrecision: 'approximate', towns: ['玻璃山村'] });
  });

  it('keeps every span inside the original text', () => {
    const len = readFileSync(new URL('000_9db501005d26fdbc.txt', SEEDS), 'utf8').length;
    const spans = [
      ...x.articles.map((a) => a.span),
      ...x.events.map((e) => e.sentence),
      ...x.relations.flatMap((r) => (r.span ? [r.span] : [])),
    ];
    for (const s of spans) expect(0 <= s.start && s.start <= s.end && s.end <= len).toBe(true);
  });
});

describe('relations on the five seeds', () => {
  it('reach the target micro-F1 against the gold', () => {
    const pages = readdirSync(GOLD)
      .sort()
      .map((f) => {
        const gold = parsePageDocument(JSON.parse(readFileSync(GOLD + f, 'utf8')), f);
        const txt = f.replace(/\.json$/u, '.txt');
        return scorePage(toPageDocument(extractPage(seed(txt), { file: txt })), gold);
      });
    const total = totalScore(pages);
    expect(prf(total.relations.WROTE).f1).toBeGreaterThanOrEqual(0.9);
    expect(prf(total.allRelations).f1).toBeGreaterThanOrEqual(0.85);
  });
});
