/**
 * npm run bench:extract [-- <file|dir>… ] [--seconds N]
 *
 * Throughput of the whole extraction pipeline on one core, in MB/s of page text
 * (UTF-8 bytes), after a warm-up that also pays the one-off gazetteer load; plus
 * peak RSS. The seeds are cycled until the timed run has lasted long enough for a
 * stable figure. On a shared machine the wall-clock figure also counts time other
 * jobs took the core, so the figure per CPU-second is printed too (it counts every
 * thread of the process, the garbage collector's helpers included, so it errs low).
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { readArguments } from './arguments.js';
import { performance } from 'node:perf_hooks';
import { extractPage } from '../extract/page.js';
import { expandPaths } from './pageFiles.js';

const USAGE = `usage: npm run bench:extract -- [<file|dir>…] [--seconds N]
Extraction throughput on one core (MB/s of page text) and peak RSS; the seeds by default.
`;

function main(argv: string[]): number {
  const parsed = readArguments(argv, { seconds: { type: 'string', default: '5' } }, USAGE);
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  const { files, errors } = expandPaths(positionals.length > 0 ? positionals : ['seeds'], '.txt');
  for (const e of errors) process.stderr.write(`error: ${e}\n`);
  const pages = files.map((f) => ({ file: basename(f), bytes: readFileSync(f) }));
  if (pages.length === 0) {
    process.stderr.write('no pages to run on\n');
    return 1;
  }
  const pageBytes = pages.reduce((s, p) => s + p.bytes.length, 0);

  const t0 = performance.now();
  const warm = extractPage(pages[0]!.bytes, { file: pages[0]!.file });
  const firstMs = performance.now() - t0;
  for (let i = 0; i < 3; i++) for (const p of pages) extractPage(p.bytes, { file: p.file });

  const budgetMs = Number(values.seconds) * 1000;
  let bytes = 0;
  let rounds = 0;
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  while (performance.now() - start < budgetMs || rounds < 3) {
    for (const p of pages) extractPage(p.bytes, { file: p.file });
    bytes += pageBytes;
    rounds++;
  }
  const seconds = (performance.now() - start) / 1000;
  const cpu = process.cpuUsage(cpuStart);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const mbPerS = bytes / 1e6 / seconds;
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(
    [
      `pages: ${pages.length} (${(pageBytes / 1024).toFixed(1)} KiB), rounds: ${rounds}, timed: ${seconds.toFixed(2)} s`,
      `first page (incl. gazetteer load): ${firstMs.toFixed(0)} ms, warnings on it: ${warm.warnings.length}`,
      `throughput: ${mbPerS.toFixed(2)} MB/s (${((seconds * 1000) / (rounds * pages.length)).toFixed(2)} ms/page)`,
      `per CPU-second: ${(bytes / 1e6 / cpuSeconds).toFixed(2)} MB (${((cpuSeconds * 1000) / (rounds * pages.length)).toFixed(2)} CPU-ms/page, all threads)`,
      `peak RSS: ${peakRssMb.toFixed(0)} MB`,
    ].join('\n') + '\n',
  );
  return errors.length > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
