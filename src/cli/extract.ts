/**
 * npm run extract -- <file|dir>… [--out <dir>]
 *
 * Prints one JSON document per page (or writes <page>.json files into --out, ready
 * for `npm run eval -- --pages <dir>`). A file that cannot be read is reported on
 * stderr and skipped; the others are still extracted; the exit code is then 1.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { extractPage } from '../extract/page.js';
import { expandPaths, pageKey } from './pageFiles.js';
import { pageJson } from './pageJson.js';

function main(argv: string[]): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { out: { type: 'string' } },
  });
  if (positionals.length === 0) {
    process.stderr.write('usage: npm run extract -- <file|dir>… [--out <dir>]\n');
    return 2;
  }
  const { files, errors } = expandPaths(positionals, '.txt');
  for (const e of errors) process.stderr.write(`error: ${e}\n`);
  if (values.out) mkdirSync(values.out, { recursive: true });
  let failed = errors.length > 0;
  for (const file of files) {
    try {
      const doc = pageJson(extractPage(readFileSync(file), { file: basename(file) }));
      const json = JSON.stringify(doc, null, 2);
      if (values.out) writeFileSync(join(values.out, `${pageKey(file)}.json`), `${json}\n`);
      else process.stdout.write(`${json}\n`);
    } catch (err) {
      failed = true;
      process.stderr.write(`error: ${file}: ${err instanceof Error ? err.message : String(err)}\n`);
    }
  }
  return failed ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
