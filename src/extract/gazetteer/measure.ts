/**
 * Measures what loading the gazetteer costs, as JSON: after `npm run build`, run
 * `node dist/src/extract/gazetteer/measure.js`; test/extract/gazetteer.test.ts
 * asserts the limits (< 1.5 s, < 200 MB). Measured: ~0.3 s and ~80 MB RSS for
 * 665k divisions, once the cache exists; building the cache takes ~7 s once.
 */
import { existsSync } from 'node:fs';
import { defaultCachePath, loadPacked } from './cache.js';
import { Gazetteer } from './gazetteer.js';

export interface LoadCost {
  cacheExisted: boolean;
  rows: number;
  loadMs: number;
  rssAddedMb: number;
  heapAddedMb: number;
}

export function measureLoad(): LoadCost {
  const cacheExisted = existsSync(defaultCachePath());
  const rss0 = process.memoryUsage().rss;
  const heap0 = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  const gz = new Gazetteer(loadPacked().packed);
  const loadMs = performance.now() - t0;
  const mem = process.memoryUsage();
  return {
    cacheExisted,
    rows: gz.size,
    loadMs: Math.round(loadMs),
    rssAddedMb: Math.round((mem.rss - rss0) / 1e6),
    heapAddedMb: Math.round((mem.heapUsed - heap0) / 1e6),
  };
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  console.log(JSON.stringify(measureLoad()));
}
