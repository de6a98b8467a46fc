/**
 * Extraction at scale: throughput on one core (the `bench:extract` CLI, run as its own
 * process over a sample of the corpus, so its peak RSS is extraction's alone), and recall
 * against what the generator wrote (the `eval` CLI over the sampled pages' expected answers).
 */
import { execFileSync } from 'node:child_process';
import type { CorpusSet } from './corpus-set.js';

export interface ExtractBench {
  pages: number;
  mbPerSecond: number;
  mbPerCpuSecond: number;
  msPerPage: number;
  peakRssMb: number;
  /** Micro-averaged over the sampled pages. */
  entities: { precision: number; recall: number; f1: number };
  relations: { precision: number; recall: number; f1: number };
}

/** Pages cycled by the throughput run (a few hundred KB: enough variety, fits the cache like real use). */
const THROUGHPUT_PAGES = 200;

export function runExtractBench(corpus: CorpusSet, seconds: number): ExtractBench {
  const files = corpus.sampleFiles.slice(0, THROUGHPUT_PAGES);
  const out = execFileSync(
    process.execPath,
    ['dist/src/cli/bench-extract.js', '--seconds', String(seconds), ...files],
    {
      encoding: 'utf8',
    },
  );
  const number = (pattern: RegExp) => {
    const m = pattern.exec(out);
    if (!m) throw new Error(`bench:extract printed no ${pattern.source}:\n${out}`);
    return Number(m[1]);
  };
  const score = JSON.parse(
    execFileSync(
      process.execPath,
      ['dist/src/cli/eval.js', '--pages', corpus.pagesDir, '--gold', corpus.sampleGoldDir, '--json'],
      { encoding: 'utf8', maxBuffer: 256 * 2 ** 20 },
    ),
  ) as EvalJson;
  const total = (group: 'allEntities' | 'allRelations') => {
    const s = score[group];
    return { precision: s.precision, recall: s.recall, f1: s.f1 };
  };
  return {
    pages: files.length,
    mbPerSecond: number(/throughput: ([\d.]+) MB\/s/),
    msPerPage: number(/\(([\d.]+) ms\/page\)/),
    mbPerCpuSecond: number(/per CPU-second: ([\d.]+) MB/),
    peakRssMb: number(/peak RSS: ([\d.]+) MB/),
    entities: total('allEntities'),
    relations: total('allRelations'),
  };
}

interface Scored {
  precision: number;
  recall: number;
  f1: number;
}

/** The part of `eval --json` (src/eval/report.ts) read here. */
interface EvalJson {
  allEntities: Scored;
  allRelations: Scored;
}
