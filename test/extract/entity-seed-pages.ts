/**
 * Test inputs for the entity extractors built straight from the seed pages, so
 * these tests do not depend on the normaliser or segmenter: the page's OCR spaces
 * are removed, lines broken mid-sentence are joined, and the whole page is one
 * article whose offsets map to themselves. Towns come from the gold file.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Article, Entity, NormalizedText } from '../../src/extract/types.js';
import { scoreEntities, addCounts, emptyCounts, prf, type Counts } from '../../src/eval/score.js';
import { SEEDS_GOLD_DIR } from './fixtures/paths.js';

const SEEDS = join(import.meta.dirname, '../../seeds');
const GOLD = SEEDS_GOLD_DIR;

export interface GoldEntity {
  name: string;
  aliases?: string[];
}
export interface SeedPage {
  file: string;
  n: NormalizedText;
  articles: Article[];
  towns: Entity[];
  reporters: Set<string>;
  gold: Record<'unit' | 'campaign' | 'person' | 'town' | 'reporter', GoldEntity[]>;
}

/** Spaces out, and a line that does not end a sentence joined to the next one. */
export function flatten(raw: string): string {
  const lines = raw
    .split(/\r?\n/)
    .map((l) => l.replace(/[ \u3000\t]+/g, ''))
    .filter((l) => l.length > 0);
  let out = '';
  for (const line of lines) {
    if (out === '' || /[。！？：；”」）)!?…]$/.test(out)) out += (out ? '\n' : '') + line;
    else out += line;
  }
  return out;
}

export function identityText(text: string): NormalizedText {
  return {
    text,
    original: text,
    toOriginal: (o) => o,
    spanToOriginal: (start, end) => ({ start, end }),
    warnings: [],
  };
}

/** An article holding `body` as the whole page, unless `extra` says otherwise. */
export function articleOf(body: string, extra: Partial<Article> = {}): Article {
  return {
    index: 0,
    kind: 'news',
    title: null,
    subtitle: null,
    byline: null,
    reporters: [],
    body,
    bodyOffset: 0,
    span: { start: 0, end: body.length },
    ...extra,
  };
}

export function onePageArticle(text: string): Article {
  return articleOf(text);
}

export function seedFiles(): string[] {
  return readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .sort();
}

export function loadSeedPage(file: string): SeedPage {
  const text = flatten(readFileSync(join(SEEDS, file), 'utf8'));
  const gold = JSON.parse(readFileSync(join(GOLD, file.replace(/\.txt$/, '.json')), 'utf8')) as {
    entities: SeedPage['gold'];
  };
  const towns: Entity[] = gold.entities.town.map((t) => ({
    type: 'town',
    name: t.name,
    aliases: t.aliases ?? [],
    mentions: [],
  }));
  return {
    file,
    n: identityText(text),
    articles: [onePageArticle(text)],
    towns,
    reporters: new Set(gold.entities.reporter.map((r) => r.name)),
    gold: gold.entities,
  };
}

/** Micro-averaged counts over all seed pages, as the benchmark scores them. */
export function scoreAll(
  type: 'unit' | 'campaign' | 'person',
  extract: (page: SeedPage) => Entity[],
): { counts: Counts; f1: number } {
  let counts = emptyCounts();
  for (const file of seedFiles()) {
    const page = loadSeedPage(file);
    counts = addCounts(counts, scoreEntities(extract(page), page.gold[type]));
  }
  return { counts, f1: prf(counts).f1 };
}
