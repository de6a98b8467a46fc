/**
 * npm run extract -- <file|dir|glob>… [--out <dir>]
 *
 * Prints one JSON document per page (or writes <page>.json files into --out, ready
 * for `npm run eval -- --pages <dir>`). A file that is not a page — unreadable, empty,
 * binary, not Chinese, nothing found on it — is reported on stderr with the same reason
 * `npm run ingest` gives, and skipped; the others are still extracted; the exit code is
 * then 1. A page's warnings go to stderr as well as into its JSON.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readArguments } from './arguments.js';
import { expandInputs } from '../graph/files.js';
import { preparePage } from '../graph/ingest-page.js';
import { pageKey } from './pageFiles.js';
import { pageJson } from './pageJson.js';

const USAGE = `usage: npm run extract -- <file|dir|glob>… [--out <dir>]
Extracts each page: one JSON document per page on stdout, or <page>.json files in --out
(the gold's shape, events as EVENT_ON/EVENT_IN/ORGANIZED, plus spans, codes and events).
`;

function main(argv: string[]): number {
  const parsed = readArguments(argv, { out: { type: 'string' } }, USAGE);
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  if (positionals.length === 0) {
    process.stderr.write(USAGE);
    return 2;
  }
  const { files, errors } = expandInputs(positionals, '.txt');
  for (const e of errors) process.stderr.write(`error: ${e.path}: ${e.error}\n`);
  if (values.out) mkdirSync(values.out, { recursive: true });
  let failed = errors.length > 0;
  for (const file of files) {
    try {
      // The checks that tell a page from a broken file are ingest's, so both commands refuse the same files.
      const { extraction } = preparePage(file, readFileSync(file));
      for (const w of extraction.warnings) process.stderr.write(`warning: ${file}: ${w}\n`);
      const json = JSON.stringify(pageJson(extraction), null, 2);
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
