import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractTowns } from '../../src/extract/entities/towns.js';
import { loadGazetteer } from '../../src/extract/gazetteer/index.js';
import type { Article, NormalizedText, PageHeader } from '../../src/extract/types.js';

/**
 * Test inputs stand on their own (no segmenter): the page's text with OCR spaces and
 * line breaks removed, blank lines kept as paragraph breaks, as one article.
 */
function normalized(original: string): NormalizedText {
  let text = '';
  const offs: number[] = [];
  for (let i = 0; i < original.length; i++) {
    const ch = original[i]!;
    if (ch === '\n' && /^\n[ \t]*\n/.test(original.slice(i, i + 40)) && !text.endsWith('\n')) {
      text += '\n';
      offs.push(i);
    } else if (!/\s/.test(ch)) {
      text += ch;
      offs.push(i);
    }
  }
  const toOriginal = (o: number): number => (o >= offs.length ? original.length : offs[o]!);
  return {
    text,
    original,
    toOriginal,
    spanToOriginal: (s, e) => ({ start: toOriginal(s), end: e === 0 ? 0 : toOriginal(e - 1) + 1 }),
    warnings: [],
  };
}

const header = (paper: string | null = null): PageHeader => ({ paper, date: null, pageNo: null, section: null, editors: [], proofreaders: [] });

function article(n: NormalizedText, index = 0): Article {
  return { index, kind: 'news', title: null, subtitle: null, byline: null, reporters: [], body: n.text, bodyOffset: 0, span: { start: 0, end: n.original.length } };
}

function townsOf(snippet: string, paper: string | null = null) {
  const n = normalized(snippet);
  return extractTowns([article(n)], n, header(paper), loadGazetteer());
}

const SEEDS = join(import.meta.dirname, '../../seeds');
const GOLD = '/work/shared/eval/gold';

interface GoldPage {
  entities: { town: { name: string; aliases?: string[] }[] };
  relations: { type: string; from: string; to: string }[];
}

const squash = (s: string): string => s.replace(/\s/g, '');

/** GUIDELINES.md scoring: white space removed, equal to the name or an alias, each gold matched once. */
function countMatches(predicted: string[], gold: string[][]): number {
  const used = new Set<number>();
  let hits = 0;
  for (const p of predicted.map(squash)) {
    const g = gold.findIndex((forms, i) => !used.has(i) && forms.map(squash).includes(p));
    if (g >= 0) {
      used.add(g);
      hits++;
    }
  }
  return hits;
}

describe('extractTowns on real snippets', () => {
  it('names each level of a written chain and links child to parent', () => {
    const r = townsOf('近日，双辽市玻璃山镇组织文明实践所志愿者在玻璃山村开展宣传活动。');
    expect(r.towns.map((t) => t.name)).toEqual(['双辽市', '玻璃山镇', '玻璃山村']);
    expect(r.townIn.map((l) => [l.from, l.to])).toEqual([['玻璃山镇', '双辽市']]);
    const village = r.towns[2]!.town!;
    expect(village.code).toBe('220382105200');
    expect(village.parents.map((p) => p.name)).toEqual(['玻璃山镇', '双辽市', '四平市', '吉林省']);
  });
});

describe('extractTowns on the seed pages, scored against the gold', () => {
  const files = readdirSync(SEEDS).filter((f) => f.endsWith('.txt'));
  let tp = 0, np = 0, ng = 0, rtp = 0, rnp = 0, rng = 0;
  for (const file of files) {
    const gold = JSON.parse(readFileSync(join(GOLD, file.replace('.txt', '.json')), 'utf8')) as GoldPage;
    const n = normalized(readFileSync(join(SEEDS, file), 'utf8'));
    const r = extractTowns([article(n)], n, header(), loadGazetteer());
    const goldForms = gold.entities.town.map((t) => [t.name, ...(t.aliases ?? [])]);
    const predicted = r.towns.map((t) => t.name);
    tp += countMatches(predicted, goldForms);
    np += predicted.length;
    ng += goldForms.length;
    const goldIn = gold.relations.filter((x) => x.type === 'TOWN_IN');
    const formsOf = (name: string) => goldForms.find((f) => f.includes(name)) ?? [name];
    const relHits = r.townIn.filter((p) => goldIn.some((g) => formsOf(g.from).includes(p.from) && formsOf(g.to).includes(p.to))).length;
    rtp += relHits;
    rnp += r.townIn.length;
    rng += goldIn.length;
    console.log(file, JSON.stringify({ predicted: r.towns.map((t) => [t.name, t.town?.code]), gold: goldForms.map((g) => g[0]), townIn: r.townIn.map((x) => `${x.from}>${x.to}`) }));
  }
  it('reaches town F1 >= 0.90', () => {
    const p = tp / np, rc = tp / ng, f1 = (2 * p * rc) / (p + rc);
    console.log({ towns: { p, r: rc, f1 }, townIn: { p: rtp / rnp, r: rtp / rng } });
    expect(f1).toBeGreaterThanOrEqual(0.9);
  });
});
