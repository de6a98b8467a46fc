/**
 * The synthetic corpus: `generateCorpus(n, seed)` yields n pages with their gold.
 * Everything random flows from the one seed, so the same seed gives the same bytes.
 */
import { makeCampaigns } from './campaigns.js';
import { NamePool } from './names.js';
import { generatePage, type GeneratedPage, type World } from './page.js';
import { PlacePool } from './places.js';
import { Random } from './random.js';

export type { GeneratedPage } from './page.js';

export function makeWorld(seed: number): World {
  const root = new Random(seed);
  return {
    places: new PlacePool(root.fork(1)),
    names: new NamePool(root.fork(2)),
    campaigns: makeCampaigns(root.fork(3)),
  };
}

export function pageFileName(index: number, seed: number): string {
  return `c${String(index).padStart(5, '0')}_s${seed}.txt`;
}

export function* generateCorpus(pages: number, seed: number): Generator<GeneratedPage> {
  const world = makeWorld(seed);
  for (let i = 0; i < pages; i++) {
    // One stream per page: page i is the same whatever the page count.
    const random = new Random((seed ^ Math.imul(i + 1, 0x9e3779b1)) >>> 0);
    yield generatePage(random, world, pageFileName(i, seed));
  }
}
