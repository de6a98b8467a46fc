/**
 * npm run corpus -- --pages <n> --seed <s> --out <dir> [--gold-out <dir>]
 *
 * Writes n synthetic pages (<out>/<page>.txt) and, for each, the entities the
 * generator put on it in the gold's shape (<gold-out>/<page>.json; default
 * <out>/expected). Score extraction on them with
 * `npm run eval -- --pages <out> --gold <out>/expected`. The same seed writes the same bytes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { readArguments } from './arguments.js';
import { generateCorpus } from '../corpus/index.js';

const USAGE = 'usage: npm run corpus -- --pages <n> --seed <s> --out <dir> [--gold-out <dir>]\n';

function main(argv: string[]): number {
  const parsed = readArguments(
    argv,
    {
      pages: { type: 'string' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string' },
      'gold-out': { type: 'string' },
    },
    USAGE,
  );
  if (typeof parsed === 'number') return parsed;
  const { values } = parsed;
  const pages = Number(values.pages);
  const seed = Number(values.seed);
  if (!values.out || !Number.isInteger(pages) || pages < 1 || !Number.isInteger(seed)) {
    process.stderr.write(USAGE);
    return 2;
  }
  const goldOut = values['gold-out'] ?? join(values.out, 'expected');
  mkdirSync(values.out, { recursive: true });
  mkdirSync(goldOut, { recursive: true });
  let bytes = 0;
  for (const page of generateCorpus(pages, seed)) {
    writeFileSync(join(values.out, page.file), page.text);
    writeFileSync(
      join(goldOut, `${basename(page.file, extname(page.file))}.json`),
      `${JSON.stringify(page.expected, null, 2)}\n`,
    );
    bytes += Buffer.byteLength(page.text);
  }
  process.stderr.write(`wrote ${pages} pages (${(bytes / 1e6).toFixed(2)} MB) to ${values.out}, gold to ${goldOut}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
