/**
 * The extraction's scores on the repository's evaluation sets, held at the levels
 * reached, so a later change cannot quietly lose them (`npm run eval -- --set <name>`
 * prints the same figures with every miss):
 *   seeds  the five seed pages: the targets the issue sets;
 *   dev    real pages of other papers, tuned on;
 *   check  real pages of yet other papers, scored after a change and never tuned on.
 * A floor is the score reached, rounded down to the hundredth: raise it when a change
 * gains, never lower it to let a change through without saying why in its commit.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePageDocument, toPageDocument } from '../../src/eval/document.js';
import { prf, scorePage, totalScore, type Counts, type TotalScore } from '../../src/eval/score.js';
import { extractPage } from '../../src/extract/page.js';
import { ENTITY_TYPES } from '../../src/extract/types.js';
import {
  CHECK_GOLD_DIR,
  CHECK_PAGES_DIR,
  DEV_GOLD_DIR,
  DEV_PAGES_DIR,
  SEEDS_DIR,
  SEEDS_GOLD_DIR,
} from './fixtures/paths.js';

interface Floors {
  entities: number;
  relations: number;
  events: number;
  /** Each entity type on its own. */
  perType: number;
}

const SETS: Record<string, { pages: string; gold: string; floors: Floors }> = {
  seeds: {
    pages: SEEDS_DIR,
    gold: SEEDS_GOLD_DIR,
    floors: { entities: 0.95, relations: 0.9, events: 0.85, perType: 0.95 },
  },
  dev: {
    pages: DEV_PAGES_DIR,
    gold: DEV_GOLD_DIR,
    floors: { entities: 0.85, relations: 0.77, events: 0.68, perType: 0.77 },
  },
  check: {
    pages: CHECK_PAGES_DIR,
    gold: CHECK_GOLD_DIR,
    floors: { entities: 0.77, relations: 0.62, events: 0.46, perType: 0.68 },
  },
};

function score(pagesDir: string, goldDir: string): TotalScore {
  const pages = readdirSync(goldDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const gold = parsePageDocument(JSON.parse(readFileSync(join(goldDir, f), 'utf8')), f.replace('.json', '.txt'));
      const text = readFileSync(join(pagesDir, f.replace('.json', '.txt')));
      return scorePage(toPageDocument(extractPage(text, { file: gold.file })), gold);
    });
  return totalScore(pages);
}

const f1 = (c: Counts): number => prf(c).f1;

describe.each(Object.entries(SETS))('the %s set', (name, set) => {
  const total = score(set.pages, set.gold);

  it('holds every page the gold names', () => {
    expect(total.pages.length).toBe(readdirSync(set.gold).filter((f) => f.endsWith('.json')).length);
    expect(total.pages.length).toBeGreaterThanOrEqual(name === 'seeds' ? 5 : 10);
  });

  it(`scores entities ≥ ${set.floors.entities}, relations ≥ ${set.floors.relations}, events ≥ ${set.floors.events}`, () => {
    expect(f1(total.allEntities)).toBeGreaterThanOrEqual(set.floors.entities);
    expect(f1(total.allRelations)).toBeGreaterThanOrEqual(set.floors.relations);
    expect(f1(total.allEvents)).toBeGreaterThanOrEqual(set.floors.events);
  });

  it(`scores each entity type ≥ ${set.floors.perType}`, () => {
    const low = ENTITY_TYPES.filter((t) => f1(total.entities[t]) < set.floors.perType).map(
      (t) => `${t} ${f1(total.entities[t]).toFixed(3)}`,
    );
    expect(low).toEqual([]);
  });
});
