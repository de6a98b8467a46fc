import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { PROJECT_ROOT } from '../../project-root.js';
import { packTable, type PackedGazetteer } from './packed.js';
import { datasetVersion, readDivisionTable } from './source.js';

/**
 * The packed division index cached as one JSON file of a few big strings (integer
 * arrays as base64), so loading is one parse instead of reading 120 MB of CSV.
 * Rebuilt when missing, unreadable, or made from another dataset version.
 */

const FORMAT = 'gazetteer-v2';

type CacheFile = Omit<PackedGazetteer, 'fullRows' | 'shortRows' | 'fullGate'> & {
  format: string;
  dataset: string;
  fullRows: string;
  shortRows: string;
  fullGate: string;
};

function toBase64(a: Int32Array): string {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64');
}

function bytesFromBase64(s: string): Uint8Array {
  return new Uint8Array(Buffer.from(s, 'base64'));
}

function fromBase64(s: string): Int32Array {
  const b = Buffer.from(s, 'base64');
  // Copy out: a pooled Buffer's offset need not be 4-aligned.
  return new Int32Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength));
}

export function defaultCachePath(): string {
  return join(PROJECT_ROOT, '.cache', `${FORMAT}.json`);
}

function readCache(path: string, dataset: string): PackedGazetteer | null {
  if (!existsSync(path)) return null;
  try {
    const file = JSON.parse(readFileSync(path, 'utf8')) as CacheFile;
    if (file.format !== FORMAT || file.dataset !== dataset) return null;
    const { codes, names, fullKeys, shortKeys } = file;
    if (
      ![codes, names, fullKeys, shortKeys, file.fullRows, file.shortRows, file.fullGate].every(
        (v) => typeof v === 'string',
      )
    )
      return null;
    return {
      codes,
      names,
      fullKeys,
      shortKeys,
      fullRows: fromBase64(file.fullRows),
      shortRows: fromBase64(file.shortRows),
      fullGate: bytesFromBase64(file.fullGate),
    };
  } catch {
    return null;
  }
}

function writeCache(path: string, dataset: string, packed: PackedGazetteer): void {
  const file: CacheFile = {
    format: FORMAT,
    dataset,
    ...packed,
    fullRows: toBase64(packed.fullRows),
    shortRows: toBase64(packed.shortRows),
    fullGate: Buffer.from(packed.fullGate).toString('base64'),
  };
  mkdirSync(dirname(path), { recursive: true });
  // Write-then-rename: parallel test workers may build at once, and none may see half a file.
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(file));
  renameSync(tmp, path);
  // Caches of older formats are dead weight (30 MB each).
  for (const old of readdirSync(dirname(path))) {
    if (/^gazetteer-v\d+\.json$/.test(old) && old !== `${FORMAT}.json`)
      rmSync(join(dirname(path), old), { force: true });
  }
}

/** The packed index, from the cache when it is current, else built and cached. */
export function loadPacked(path = defaultCachePath()): { packed: PackedGazetteer; rebuilt: boolean } {
  const dataset = datasetVersion();
  const cached = readCache(path, dataset);
  if (cached) return { packed: cached, rebuilt: false };
  const packed = packTable(readDivisionTable());
  try {
    writeCache(path, dataset, packed);
  } catch {
    // A read-only checkout still works, only slower on each start.
  }
  return { packed, rebuilt: true };
}
